package dozor.logistics;

/**
 * A logistics operation refused: bad input (400, naming the field), something missing (404) or a state that does
 * not allow it (409). Thrown inside the transaction, so nothing of the operation is written.
 */
public class LogisticsException extends RuntimeException {

    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT
    }

    private final Kind kind;

    private final String field;

    private LogisticsException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static LogisticsException invalid(String field, String message) {
        return new LogisticsException(Kind.INVALID, field, message);
    }

    public static LogisticsException notFound(String message) {
        return new LogisticsException(Kind.NOT_FOUND, null, message);
    }

    public static LogisticsException conflict(String message) {
        return new LogisticsException(Kind.CONFLICT, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
