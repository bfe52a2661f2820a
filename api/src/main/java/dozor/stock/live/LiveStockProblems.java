package dozor.stock.live;

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

import dozor.stock.StockException;

/**
 * RFC 9457 problems of live stock, reorder points and batch movements, in the shape of the stock feature's others:
 * a refusal of the domain names its field ({@code movements[3].quantity} in a batch); unreachable streams are a 503.
 */
@RestControllerAdvice(assignableTypes = { LiveStockController.class, ReorderPointsController.class,
        MovementBatchController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class LiveStockProblems {

    private final MessageSource messages;

    LiveStockProblems(MessageSource messages) {
        this.messages = messages;
    }

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(LiveStockUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(LiveStockUnavailable ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem(HttpStatus.SERVICE_UNAVAILABLE,
                "https://dozor.by/problems/unavailable", "problem.unavailable.title", ex.getMessage()));
    }

    @ExceptionHandler(StockException.class)
    ResponseEntity<ProblemDetail> stock(StockException ex) {
        ProblemDetail problem = switch (ex.kind()) {
            case INVALID -> problem(HttpStatus.BAD_REQUEST, "https://dozor.by/problems/validation",
                    "problem.validation.title", msg("problem.validation.detail"));
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "https://dozor.by/problems/not-found",
                    "problem.notFound.title", ex.getMessage());
            case FORBIDDEN -> problem(HttpStatus.FORBIDDEN, "https://dozor.by/problems/forbidden",
                    "problem.forbidden.title", ex.getMessage());
            case CONFLICT -> problem(HttpStatus.CONFLICT, "https://dozor.by/problems/conflict",
                    "problem.conflict.title", ex.getMessage());
            case INSUFFICIENT -> problem(HttpStatus.CONFLICT, "https://dozor.by/problems/insufficient-stock",
                    "problem.insufficientStock.title", ex.getMessage());
        };
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
        }
        if (ex.kind() == StockException.Kind.INSUFFICIENT) {
            problem.setProperty("available", ex.available());
            problem.setProperty("requested", ex.requested());
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> constraint(DataIntegrityViolationException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT,
                "https://dozor.by/problems/insufficient-stock", "problem.insufficientStock.title",
                msg("problem.insufficientStock.detail")));
    }

    private ProblemDetail problem(HttpStatus status, String type, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(msg(titleKey));
        return problem;
    }

    private String msg(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
