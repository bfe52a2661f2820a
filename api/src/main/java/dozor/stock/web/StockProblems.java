package dozor.stock.web;

import java.net.URI;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dozor.stock.StockException;

/**
 * RFC 9457 problems of the stock feature, in the shape of the api's other problems ({@code errors} names the
 * fields). Only for this feature's controllers: the database's CHECK constraints are the ledger's last line of
 * defence, and a violation of theirs is a conflict over stock, not a fault.
 */
@RestControllerAdvice(assignableTypes = { CatalogueController.class, LedgerController.class,
        ReservationsController.class, CountsController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class StockProblems {

    static final URI VALIDATION = URI.create("https://dozor.by/problems/validation");

    static final URI NOT_FOUND = URI.create("https://dozor.by/problems/not-found");

    static final URI CONFLICT = URI.create("https://dozor.by/problems/conflict");

    static final URI INSUFFICIENT = URI.create("https://dozor.by/problems/insufficient-stock");

    static final URI FORBIDDEN = URI.create("https://dozor.by/problems/forbidden");

    private final MessageSource messages;

    StockProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** One bad field, as in every other problem of the api. */
    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(StockException.class)
    ResponseEntity<ProblemDetail> stock(StockException ex) {
        return switch (ex.kind()) {
            case INVALID -> {
                ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, VALIDATION, "problem.validation.title",
                        msg("problem.validation.detail"));
                problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
                yield ResponseEntity.badRequest().body(problem);
            }
            case NOT_FOUND -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(problem(HttpStatus.NOT_FOUND, NOT_FOUND, "problem.notFound.title", ex.getMessage()));
            case FORBIDDEN -> ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(problem(HttpStatus.FORBIDDEN, FORBIDDEN, "problem.forbidden.title", ex.getMessage()));
            case CONFLICT -> ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(problem(HttpStatus.CONFLICT, CONFLICT, "problem.conflict.title", ex.getMessage()));
            case INSUFFICIENT -> {
                ProblemDetail problem = problem(HttpStatus.CONFLICT, INSUFFICIENT, "problem.insufficientStock.title",
                        ex.getMessage());
                problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
                problem.setProperty("available", ex.available());
                problem.setProperty("requested", ex.requested());
                yield ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
            }
        };
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, CONFLICT,
                "problem.conflict.title", msg("problem.conflict.retry")));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> constraint(DataIntegrityViolationException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, INSUFFICIENT,
                "problem.insufficientStock.title", msg("problem.insufficientStock.detail")));
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
