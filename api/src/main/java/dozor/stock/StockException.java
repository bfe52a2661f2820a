package dozor.stock;

import java.math.BigDecimal;

/**
 * A stock operation refused: bad input that only the domain can judge (400, naming the field), something missing
 * (404), a state that does not allow it (409), not enough available stock (409 with the figures), or a role that may
 * not (403). Thrown inside the transaction, so nothing of the operation is written.
 */
public class StockException extends RuntimeException {

    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT, INSUFFICIENT, FORBIDDEN
    }

    private final Kind kind;

    private final String field;

    private final BigDecimal available;

    private final BigDecimal requested;

    private StockException(Kind kind, String field, String message, BigDecimal available, BigDecimal requested) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.available = available;
        this.requested = requested;
    }

    public static StockException invalid(String field, String message) {
        return new StockException(Kind.INVALID, field, message, null, null);
    }

    public static StockException notFound(String message) {
        return new StockException(Kind.NOT_FOUND, null, message, null, null);
    }

    public static StockException conflict(String message) {
        return new StockException(Kind.CONFLICT, null, message, null, null);
    }

    public static StockException forbidden(String message) {
        return new StockException(Kind.FORBIDDEN, null, message, null, null);
    }

    public static StockException insufficient(String message, BigDecimal available, BigDecimal requested) {
        return new StockException(Kind.INSUFFICIENT, "quantity", message, available, requested);
    }

    /** The same refusal about one line of a list: its field becomes {@code prefix.field} (or the prefix alone). */
    public StockException atLine(String prefix) {
        StockException ex = new StockException(kind, field == null ? (kind == Kind.INVALID ? prefix : null)
                : prefix + "." + field, getMessage(), available, requested);
        ex.setStackTrace(getStackTrace());
        return ex;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public BigDecimal available() {
        return available;
    }

    public BigDecimal requested() {
        return requested;
    }
}
