package dozor.work;

/** A task action that cannot be taken now (409), or by this person (403). */
public class WorkException extends RuntimeException {

    private final boolean forbidden;

    public WorkException(String message, boolean forbidden) {
        super(message);
        this.forbidden = forbidden;
    }

    public boolean forbidden() {
        return forbidden;
    }
}
