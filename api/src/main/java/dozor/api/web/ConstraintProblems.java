package dozor.api.web;

import java.net.URI;

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

/**
 * The database's CHECK and unique constraints are the last line of defence of the features that count things under
 * row locks; when one catches what a lock should have, the caller lost a race, which is a conflict, not a fault:
 * over stock (on hand never negative, reserved never above on hand) it is "not enough stock", in logistics and
 * procurement (never more received than ordered, one tracking number per carrier) a conflict to retry. Elsewhere a
 * constraint violation stays what it is: a fault of ours (500), so it is not hidden.
 */
class ConstraintProblems {

    private static ProblemDetail problem(MessageSource messages, URI type, String titleKey, String detailKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, msg(messages, detailKey));
        problem.setType(type);
        problem.setTitle(msg(messages, titleKey));
        return problem;
    }

    private static String msg(MessageSource messages, String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }

    @RestControllerAdvice(basePackages = "dozor.stock")
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Stock {

        private final MessageSource messages;

        Stock(MessageSource messages) {
            this.messages = messages;
        }

        /** A unique key lost to a concurrent writer: retry. */
        @ExceptionHandler(DuplicateKeyException.class)
        ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(messages,
                    URI.create("https://dozor.by/problems/conflict"), "problem.conflict.title",
                    "problem.conflict.retry"));
        }

        @ExceptionHandler(DataIntegrityViolationException.class)
        ResponseEntity<ProblemDetail> constraint(DataIntegrityViolationException ex) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(messages,
                    URI.create("https://dozor.by/problems/insufficient-stock"), "problem.insufficientStock.title",
                    "problem.insufficientStock.detail"));
        }
    }

    @RestControllerAdvice(basePackages = { "dozor.logistics", "dozor.procurement" })
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Counted {

        private final MessageSource messages;

        Counted(MessageSource messages) {
            this.messages = messages;
        }

        /** A unique key lost to a concurrent writer: retry. */
        @ExceptionHandler(DuplicateKeyException.class)
        ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(messages,
                    URI.create("https://dozor.by/problems/conflict"), "problem.conflict.title",
                    "problem.conflict.retry"));
        }

        @ExceptionHandler(DataIntegrityViolationException.class)
        ResponseEntity<ProblemDetail> constraint(DataIntegrityViolationException ex) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(messages,
                    URI.create("https://dozor.by/problems/conflict"), "problem.conflict.title",
                    "problem.conflict.retry"));
        }
    }
}
