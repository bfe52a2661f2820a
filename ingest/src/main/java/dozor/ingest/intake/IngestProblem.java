package dozor.ingest.intake;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Input refused by an ingest endpoint, answered as an RFC 9457 problem: the status, the problem type (the last
 * segment of {@code https://dozor.by/problems/...}), message codes for title and detail, and, for values that
 * are wrong, each field with its message. Nothing has been written when it is thrown.
 */
public class IngestProblem extends RuntimeException {

    private final HttpStatus status;

    private final String type;

    private final String titleCode;

    private final String detailCode;

    private final transient Object[] detailArgs;

    private final transient List<FieldProblem> errors;

    public IngestProblem(HttpStatus status, String type, String titleCode, String detailCode, Object[] detailArgs,
            List<FieldProblem> errors) {
        super(type + ": " + detailCode);
        this.status = status;
        this.type = type;
        this.titleCode = titleCode;
        this.detailCode = detailCode;
        this.detailArgs = detailArgs == null ? new Object[0] : detailArgs.clone();
        this.errors = List.copyOf(errors);
    }

    /** 400 naming each bad field, like the REST API's validation problems. */
    public static IngestProblem invalid(List<FieldProblem> errors) {
        return new IngestProblem(HttpStatus.BAD_REQUEST, "validation", "problem.validation.title",
                "problem.validation.detail", null, errors);
    }

    /** 400: the input as a whole cannot be read (not JSON, not a CSV or XLSX file...). */
    public static IngestProblem malformed(String detailCode, Object... args) {
        return new IngestProblem(HttpStatus.BAD_REQUEST, "malformed-request", "problem.malformed.title", detailCode,
                args, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String titleCode() {
        return titleCode;
    }

    public String detailCode() {
        return detailCode;
    }

    public Object[] detailArgs() {
        return detailArgs.clone();
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
