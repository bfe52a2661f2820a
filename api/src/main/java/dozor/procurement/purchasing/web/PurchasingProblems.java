package dozor.procurement.purchasing.web;

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

import dozor.procurement.purchasing.PurchasingException;
import dozor.stock.StockException;

/**
 * RFC 9457 problems of purchasing, in the shape of the api's other problems ({@code errors} names the fields). A
 * refusal of the stock ledger (say, writing off for a return more than is available) is passed on as it is.
 */
@RestControllerAdvice(assignableTypes = { PurchaseRequestsController.class, PurchaseOrdersController.class,
        SupplierReportsController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PurchasingProblems {

    static final URI VALIDATION = URI.create("https://dozor.by/problems/validation");

    static final URI NOT_FOUND = URI.create("https://dozor.by/problems/not-found");

    static final URI CONFLICT = URI.create("https://dozor.by/problems/conflict");

    static final URI INSUFFICIENT = URI.create("https://dozor.by/problems/insufficient-stock");

    static final URI FORBIDDEN = URI.create("https://dozor.by/problems/forbidden");

    private final MessageSource messages;

    PurchasingProblems(MessageSource messages) {
        this.messages = messages;
    }

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(PurchasingException.class)
    ResponseEntity<ProblemDetail> purchasing(PurchasingException ex) {
        return switch (ex.kind()) {
            case INVALID -> invalid(ex.field(), ex.getMessage());
            case NOT_FOUND -> of(HttpStatus.NOT_FOUND, NOT_FOUND, "problem.notFound.title", ex.getMessage());
            case FORBIDDEN -> of(HttpStatus.FORBIDDEN, FORBIDDEN, "problem.forbidden.title", ex.getMessage());
            case CONFLICT -> of(HttpStatus.CONFLICT, CONFLICT, "problem.conflict.title", ex.getMessage());
        };
    }

    @ExceptionHandler(StockException.class)
    ResponseEntity<ProblemDetail> stock(StockException ex) {
        return switch (ex.kind()) {
            case INVALID -> invalid(ex.field(), ex.getMessage());
            case NOT_FOUND -> of(HttpStatus.NOT_FOUND, NOT_FOUND, "problem.notFound.title", ex.getMessage());
            case FORBIDDEN -> of(HttpStatus.FORBIDDEN, FORBIDDEN, "problem.forbidden.title", ex.getMessage());
            case CONFLICT -> of(HttpStatus.CONFLICT, CONFLICT, "problem.conflict.title", ex.getMessage());
            case INSUFFICIENT -> {
                ResponseEntity<ProblemDetail> r = of(HttpStatus.CONFLICT, INSUFFICIENT,
                        "problem.insufficientStock.title", ex.getMessage());
                r.getBody().setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
                r.getBody().setProperty("available", ex.available());
                r.getBody().setProperty("requested", ex.requested());
                yield r;
            }
        };
    }

    /** Two people racing for the same unique thing (a shortfall requested twice at once): the loser retries. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
        return of(HttpStatus.CONFLICT, CONFLICT, "problem.conflict.title", msg("problem.conflict.retry"));
    }

    /** A CHECK constraint (never more received than ordered) caught what the row locks should have. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> constraint(org.springframework.dao.DataIntegrityViolationException ex) {
        return of(HttpStatus.CONFLICT, CONFLICT, "problem.conflict.title", msg("problem.conflict.retry"));
    }

    private ResponseEntity<ProblemDetail> invalid(String field, String message) {
        ResponseEntity<ProblemDetail> r = of(HttpStatus.BAD_REQUEST, VALIDATION, "problem.validation.title",
                msg("problem.validation.detail"));
        r.getBody().setProperty("errors", List.of(new FieldProblem(field, message)));
        return r;
    }

    private ResponseEntity<ProblemDetail> of(HttpStatus status, URI type, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(msg(titleKey));
        return ResponseEntity.status(status).body(problem);
    }

    private String msg(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
