package dozor.procurement.suppliers.web;

import java.net.URI;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dozor.procurement.suppliers.SupplierException;

/**
 * RFC 9457 problems of the supplier catalogue, in the shape of the api's other problems ({@code errors} names the
 * fields). A unique key lost to a concurrent writer (code, УНП, contract number) is a conflict to retry.
 */
@RestControllerAdvice(assignableTypes = SuppliersController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SupplierProblems {

    static final URI VALIDATION = URI.create("https://dozor.by/problems/validation");

    static final URI NOT_FOUND = URI.create("https://dozor.by/problems/not-found");

    static final URI CONFLICT = URI.create("https://dozor.by/problems/conflict");

    private final MessageSource messages;

    SupplierProblems(MessageSource messages) {
        this.messages = messages;
    }

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(SupplierException.class)
    ResponseEntity<ProblemDetail> supplier(SupplierException ex) {
        return switch (ex.kind()) {
            case INVALID -> {
                ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, VALIDATION, "problem.validation.title",
                        msg("problem.validation.detail"));
                problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
                yield ResponseEntity.badRequest().body(problem);
            }
            case NOT_FOUND -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(problem(HttpStatus.NOT_FOUND, NOT_FOUND, "problem.notFound.title", ex.getMessage()));
            case CONFLICT -> ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(problem(HttpStatus.CONFLICT, CONFLICT, "problem.conflict.title", ex.getMessage()));
        };
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, CONFLICT,
                "problem.conflict.title", msg("problem.conflict.retry")));
    }

    private ProblemDetail problem(HttpStatus status, URI type, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(msg(titleKey));
        return problem;
    }

    private String msg(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
