package dozor.calendar;

/** A calendar table (CSV) has a row that cannot be read; {@link #line()} is its 1-based line number. */
public class CalendarFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public CalendarFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
