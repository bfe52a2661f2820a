package dozor.calendar;

/**
 * A calendar has no working time ahead of an instant within the search horizon (three years), so a due moment
 * cannot be computed. It means the calendar is misconfigured (no weekly hours, or years of holidays), not that
 * the computation is slow: the search never loops past the horizon.
 */
public class NoWorkingTimeException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NoWorkingTimeException(String message) {
        super(message);
    }
}
