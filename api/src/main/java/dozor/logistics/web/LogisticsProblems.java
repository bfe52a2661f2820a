package dozor.logistics.web;

import java.net.URI;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dozor.logistics.LogisticsException;
import dozor.stock.StockException;

/**
 * RFC 9457 problems of the logistics feature, in the shape of the api's other problems ({@code errors} names the
 * fields). A refusal of the stock ledger during a dispatch or a receipt (not enough stock, the unit is elsewhere)
 * reaches the caller as the ledger's own problem.
 */
@RestControllerAdvice(assignableTypes = { ShipmentsController.class, PlanningController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class LogisticsProblems {

    static final URI VALIDATION = URI.create("https://dozor.by/problems/validation");

    static final URI NOT_FOUND = URI.create("https://dozor.by/problems/not-found");

    static final URI CONFLICT = URI.create("https://dozor.by/problems/conflict");

    static final URI INSUFFICIENT = URI.create("https://dozor.by/problems/insufficient-stock");

    static final URI FORBIDDEN = URI.create("https://dozor.by/problems/forbidden");

    private final MessageSource messages;

    LogisticsProblems(MessageSource messages) {
        this.messages = messages;
    }

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(LogisticsException.class)
    ResponseEntity<ProblemDetail> logistics(LogisticsException ex) {
        return switch (ex.kind()) {
            case INVALID -> invalid(ex.field(), ex.getMessage());
            case NOT_FOUND -> respond(HttpStatus.NOT_FOUND, NOT_FOUND, "problem.notFound.title", ex.getMessage());
            case CONFLICT -> respond(HttpStatus.CONFLICT, CONFLICT, "problem.conflict.title", ex.getMessage());
        };
    }

    @ExceptionHandler(StockException.class)
    ResponseEntity<ProblemDetail> stock(StockException ex) {
        return switch (ex.kind()) {
            case INVALID -> invalid(ex.field(), ex.getMessage());
            case NOT_FOUND -> respond(HttpStatus.NOT_FOUND, NOT_FOUND, "problem.notFound.title", ex.getMessage());
            case FORBIDDEN -> respond(HttpStatus.FORBIDDEN, FORBIDDEN, "problem.forbidden.title", ex.getMessage());
            case CONFLICT -> respond(HttpStatus.CONFLICT, CONFLICT, "problem.conflict.title", ex.getMessage());
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

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> constraint(DataIntegrityViolationException ex) {
        return respond(HttpStatus.CONFLICT, CONFLICT, "problem.conflict.title", msg("problem.conflict.retry"));
    }

    private ResponseEntity<ProblemDetail> invalid(String field, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, VALIDATION, "problem.validation.title",
                msg("problem.validation.detail"));
        problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        return ResponseEntity.badRequest().body(problem);
    }

    private ResponseEntity<ProblemDetail> respond(HttpStatus status, URI type, String titleKey, String detail) {
        return ResponseEntity.status(status).body(problem(status, type, titleKey, detail));
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
