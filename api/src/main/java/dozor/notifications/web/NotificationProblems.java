package dozor.notifications.web;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dozor.notifications.NotificationNotFound;

/**
 * The feature's own problem: a notice that is not the caller's is 404, like one that does not exist. Ordered
 * before the api-wide handler, whose catch-all would otherwise answer 500; everything else falls through to it.
 */
@RestControllerAdvice(assignableTypes = { NotificationsController.class, NotificationSettingsController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationProblems {

    private final MessageSource messages;

    NotificationProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotificationNotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotificationNotFound ex) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("problem.notificationNotFound", new Object[] { ex.id() }, locale));
        problem.setType(URI.create("https://dozor.by/problems/not-found"));
        problem.setTitle(messages.getMessage("problem.notFound.title", null, locale));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
