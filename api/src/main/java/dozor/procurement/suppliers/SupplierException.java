package dozor.procurement.suppliers;

/**
 * A supplier catalogue operation refused: bad input only the domain can judge (400, naming the field), something
 * missing (404) or a state that does not allow it (409). Thrown inside the transaction, so nothing is written.
 */
public class SupplierException extends RuntimeException {

    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT
    }

    private final Kind kind;

    private final String field;

    private SupplierException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static SupplierException invalid(String field, String message) {
        return new SupplierException(Kind.INVALID, field, message);
    }

    public static SupplierException notFound(String message) {
        return new SupplierException(Kind.NOT_FOUND, null, message);
    }

    public static SupplierException conflict(String message) {
        return new SupplierException(Kind.CONFLICT, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
