package dozor.ingest.intake;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem bodies for ingest's own refusals. Ordered before the api's general handler, whose catch-all would
 * otherwise answer them as internal errors; everything else still goes there.
 */
@RestControllerAdvice(basePackages = "dozor.ingest")
@Order(Ordered.HIGHEST_PRECEDENCE)
class IngestProblemHandler {

    private final IngestMessages messages;

    IngestProblemHandler(IngestMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IngestProblem.class)
    ResponseEntity<ProblemDetail> refused(IngestProblem ex) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(),
                messages.get(locale, ex.detailCode(), ex.detailArgs()));
        problem.setType(URI.create("https://dozor.by/problems/" + ex.type()));
        problem.setTitle(messages.get(locale, ex.titleCode()));
        if (!ex.errors().isEmpty()) {
            problem.setProperty("errors", ex.errors());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status());
        if (ex.status() == HttpStatus.UNAUTHORIZED) {
            // RFC 9110: a 401 names the scheme that would succeed; here, the signature headers.
            response.header(HttpHeaders.WWW_AUTHENTICATE, "HMAC-SHA256 realm=\"Dozor webhooks\"");
        }
        return response.body(problem);
    }
}
