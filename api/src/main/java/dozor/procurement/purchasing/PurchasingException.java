package dozor.procurement.purchasing;

import dozor.shared.DomainException;

/**
 * A purchasing operation refused: bad input only the domain can judge (400, naming the field), something missing
 * (404), a state that does not allow it (409), or a role or person that may not (403). Thrown inside the
 * transaction, so nothing of the operation is written.
 */
public class PurchasingException extends DomainException {

    private PurchasingException(Refusal refusal, String field, String message) {
        super(refusal, field, message);
    }

    public static PurchasingException invalid(String field, String message) {
        return new PurchasingException(Refusal.INVALID, field, message);
    }

    public static PurchasingException notFound(String message) {
        return new PurchasingException(Refusal.NOT_FOUND, null, message);
    }

    public static PurchasingException conflict(String message) {
        return new PurchasingException(Refusal.CONFLICT, null, message);
    }

    public static PurchasingException forbidden(String message) {
        return new PurchasingException(Refusal.FORBIDDEN, null, message);
    }
}
