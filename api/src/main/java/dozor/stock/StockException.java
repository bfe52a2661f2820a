package dozor.stock;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;

import dozor.shared.DomainException;

/**
 * A stock operation refused: bad input that only the domain can judge (400, naming the field), something missing
 * (404), a state that does not allow it (409), not enough available stock (409 with the figures), or a role that may
 * not (403). Thrown inside the transaction, so nothing of the operation is written.
 */
public class StockException extends DomainException {

    /** The problem type of "not enough stock": a 409 that also gives the figures. */
    public static final URI INSUFFICIENT = URI.create("https://dozor.by/problems/insufficient-stock");

    private final BigDecimal available;

    private final BigDecimal requested;

    private StockException(Refusal refusal, String field, String message) {
        super(refusal, field, message);
        this.available = null;
        this.requested = null;
    }

    private StockException(String field, String message, BigDecimal available, BigDecimal requested) {
        super(Refusal.CONFLICT, field, message, INSUFFICIENT, "problem.insufficientStock.title",
                figures(available, requested));
        this.available = available;
        this.requested = requested;
    }

    private static Map<String, Object> figures(BigDecimal available, BigDecimal requested) {
        java.util.LinkedHashMap<String, Object> figures = new java.util.LinkedHashMap<>();
        figures.put("available", available);
        figures.put("requested", requested);
        return figures;
    }

    public static StockException invalid(String field, String message) {
        return new StockException(Refusal.INVALID, field, message);
    }

    public static StockException notFound(String message) {
        return new StockException(Refusal.NOT_FOUND, null, message);
    }

    public static StockException conflict(String message) {
        return new StockException(Refusal.CONFLICT, null, message);
    }

    public static StockException forbidden(String message) {
        return new StockException(Refusal.FORBIDDEN, null, message);
    }

    public static StockException insufficient(String message, BigDecimal available, BigDecimal requested) {
        return new StockException("quantity", message, available, requested);
    }

    /**
     * The same refusal about line {@code prefix} of a batch (e.g. {@code movements[3]}): its field becomes
     * {@code prefix.field}; an invalid line without a field is named by the line itself.
     */
    public StockException atLine(String prefix) {
        String field = field() == null ? (refusal() == Refusal.INVALID ? prefix : null) : prefix + "." + field();
        StockException ex = insufficient() ? new StockException(field, getMessage(), available, requested)
                : new StockException(refusal(), field, getMessage());
        ex.setStackTrace(getStackTrace());
        return ex;
    }

    /** Not enough stock (the refusal carries the figures). */
    public boolean insufficient() {
        return available != null || requested != null;
    }

    public BigDecimal available() {
        return available;
    }

    public BigDecimal requested() {
        return requested;
    }
}
