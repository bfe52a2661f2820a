package dozor.procurement.plan;

/** A plan request refused: something missing (404) or bad input only the domain can judge (400, naming the field). */
public class PlanException extends RuntimeException {

    public enum Kind {
        INVALID, NOT_FOUND
    }

    private final Kind kind;

    private final String field;

    private PlanException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static PlanException invalid(String field, String message) {
        return new PlanException(Kind.INVALID, field, message);
    }

    public static PlanException notFound(String message) {
        return new PlanException(Kind.NOT_FOUND, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
