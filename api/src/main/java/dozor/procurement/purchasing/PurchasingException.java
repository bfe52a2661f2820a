package dozor.procurement.purchasing;

/**
 * A purchasing operation refused: bad input only the domain can judge (400, naming the field), something missing
 * (404), a state that does not allow it (409), or a role or person that may not (403). Thrown inside the
 * transaction, so nothing of the operation is written.
 */
public class PurchasingException extends RuntimeException {

    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT, FORBIDDEN
    }

    private final Kind kind;

    private final String field;

    private PurchasingException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static PurchasingException invalid(String field, String message) {
        return new PurchasingException(Kind.INVALID, field, message);
    }

    public static PurchasingException notFound(String message) {
        return new PurchasingException(Kind.NOT_FOUND, null, message);
    }

    public static PurchasingException conflict(String message) {
        return new PurchasingException(Kind.CONFLICT, null, message);
    }

    public static PurchasingException forbidden(String message) {
        return new PurchasingException(Kind.FORBIDDEN, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
