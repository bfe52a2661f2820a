package dozor.logistics;

import dozor.shared.DomainException;

/**
 * A logistics operation refused: bad input (400, naming the field), something missing (404) or a state that does
 * not allow it (409). Thrown inside the transaction, so nothing of the operation is written.
 */
public class LogisticsException extends DomainException {

    private LogisticsException(Refusal refusal, String field, String message) {
        super(refusal, field, message);
    }

    public static LogisticsException invalid(String field, String message) {
        return new LogisticsException(Refusal.INVALID, field, message);
    }

    public static LogisticsException notFound(String message) {
        return new LogisticsException(Refusal.NOT_FOUND, null, message);
    }

    public static LogisticsException conflict(String message) {
        return new LogisticsException(Refusal.CONFLICT, null, message);
    }
}
