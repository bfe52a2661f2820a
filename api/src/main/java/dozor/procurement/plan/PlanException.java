package dozor.procurement.plan;

import dozor.shared.DomainException;

/** A plan request refused: something missing (404) or bad input only the domain can judge (400, naming the field). */
public class PlanException extends DomainException {

    private PlanException(Refusal refusal, String field, String message) {
        super(refusal, field, message);
    }

    public static PlanException invalid(String field, String message) {
        return new PlanException(Refusal.INVALID, field, message);
    }

    public static PlanException notFound(String message) {
        return new PlanException(Refusal.NOT_FOUND, null, message);
    }
}
