package dozor.survey;

/** The link is unknown (404) or no longer valid: answered or expired (410). */
public class SurveyException extends RuntimeException {

    private final boolean gone;

    public SurveyException(String message, boolean gone) {
        super(message);
        this.gone = gone;
    }

    public boolean gone() {
        return gone;
    }
}
