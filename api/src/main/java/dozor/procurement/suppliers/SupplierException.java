package dozor.procurement.suppliers;

import dozor.shared.DomainException;

/**
 * A supplier catalogue operation refused: bad input only the domain can judge (400, naming the field), something
 * missing (404) or a state that does not allow it (409). Thrown inside the transaction, so nothing is written.
 */
public class SupplierException extends DomainException {

    private SupplierException(Refusal refusal, String field, String message) {
        super(refusal, field, message);
    }

    public static SupplierException invalid(String field, String message) {
        return new SupplierException(Refusal.INVALID, field, message);
    }

    public static SupplierException notFound(String message) {
        return new SupplierException(Refusal.NOT_FOUND, null, message);
    }

    public static SupplierException conflict(String message) {
        return new SupplierException(Refusal.CONFLICT, null, message);
    }
}
