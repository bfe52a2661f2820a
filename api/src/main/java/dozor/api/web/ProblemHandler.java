package dozor.api.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dozor.requests.ServiceRequestNotFound;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure into an RFC 9457 problem body. A user's mistake is a 4xx naming each bad field in
 * {@code errors}; only a fault of ours is a 500, and it never leaks internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    static final URI VALIDATION = URI.create("https://dozor.by/problems/validation");

    static final URI NOT_FOUND = URI.create("https://dozor.by/problems/not-found");

    static final URI MALFORMED = URI.create("https://dozor.by/problems/malformed-request");

    private final MessageSource messages;

    ProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    /** One bad field: its JSON name and a message in the caller's language. */
    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), messages.getMessage(error, locale)));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(e -> errors.add(new FieldProblem(null, messages.getMessage(e, locale))));
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new FieldProblem(name, messages.getMessage(error, locale)));
            }
        });
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, MALFORMED, msg("problem.malformed.title"),
                msg("problem.malformed.detail"));
        Throwable cause = ex.getCause();
        if (cause instanceof DatabindException db && !db.getPath().isEmpty()) {
            String field = db.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
            problem.setProperty("errors", List.of(new FieldProblem(field, msg("problem.malformed.field"))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return validationProblem(List.of(new FieldProblem(ex.getName(), msg("problem.malformed.field"))));
    }

    /** Method validation outside MVC's own (a service, say) still names the parameter that was wrong. */
    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(jakarta.validation.ConstraintViolationException ex) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream().map(v -> {
            String path = v.getPropertyPath().toString();
            return new FieldProblem(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        }).toList();
        return validationProblem(errors);
    }

    @ExceptionHandler(ServiceRequestNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ServiceRequestNotFound ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, NOT_FOUND, msg("problem.notFound.title"),
                messages.getMessage("problem.requestNotFound", new Object[] { ex.id() }, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(dozor.customers.CounterpartyNotFound.class)
    ResponseEntity<ProblemDetail> counterpartyNotFound(dozor.customers.CounterpartyNotFound ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, NOT_FOUND,
                msg("problem.notFound.title"), ex.getMessage()));
    }

    /** The lifecycle refuses: 409 for the state of the request, 403 for the caller's role, 400 for a missing reason. */
    @ExceptionHandler(dozor.requests.LifecycleException.class)
    ResponseEntity<Object> lifecycle(dozor.requests.LifecycleException ex) {
        return switch (ex.kind()) {
            case REASON_REQUIRED -> validationProblem(List.of(new FieldProblem("reason", msg("problem.reasonRequired"))));
            case ROLE_NOT_ALLOWED -> ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN,
                    URI.create("https://dozor.by/problems/forbidden"), msg("problem.forbidden.title"), ex.getMessage()));
            default -> ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT,
                    URI.create("https://dozor.by/problems/conflict"), msg("problem.conflict.title"), ex.getMessage()));
        };
    }

    /** A unique key taken by a concurrent writer: the caller may simply retry. */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicateKey(org.springframework.dao.DuplicateKeyException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT,
                URI.create("https://dozor.by/problems/conflict"), msg("problem.conflict.title"),
                msg("problem.conflict.retry")));
    }

    /**
     * A transaction the database chose to break (a deadlock, a lock wait or serialization failure) lost a race with
     * another writer; nothing it did was kept, so the caller may retry. It is a conflict, not a fault.
     */
    @ExceptionHandler(org.springframework.dao.ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> concurrency(org.springframework.dao.ConcurrencyFailureException ex) {
        log.warn("A transaction lost a race and was rolled back: {}", ex.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT,
                URI.create("https://dozor.by/problems/conflict"), msg("problem.conflict.title"),
                msg("problem.conflict.retry")));
    }

    @ExceptionHandler(dozor.work.TaskNotFound.class)
    ResponseEntity<ProblemDetail> taskNotFound(dozor.work.TaskNotFound ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, NOT_FOUND,
                msg("problem.notFound.title"), ex.getMessage()));
    }

    @ExceptionHandler(dozor.work.WorkException.class)
    ResponseEntity<ProblemDetail> work(dozor.work.WorkException ex) {
        HttpStatus status = ex.forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(problem(status, URI.create(ex.forbidden()
                ? "https://dozor.by/problems/forbidden" : "https://dozor.by/problems/conflict"),
                msg(ex.forbidden() ? "problem.forbidden.title" : "problem.conflict.title"), ex.getMessage()));
    }

    @ExceptionHandler(dozor.sla.SlaUnavailable.class)
    ResponseEntity<ProblemDetail> slaUnavailable(dozor.sla.SlaUnavailable ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem(HttpStatus.SERVICE_UNAVAILABLE,
                URI.create("about:blank"), msg("problem.unavailable.title"), ex.getMessage()));
    }

    @ExceptionHandler(dozor.survey.SurveyException.class)
    ResponseEntity<ProblemDetail> survey(dozor.survey.SurveyException ex) {
        HttpStatus status = ex.gone() ? HttpStatus.GONE : HttpStatus.NOT_FOUND;
        return ResponseEntity.status(status).body(problem(status, NOT_FOUND, msg("problem.notFound.title"),
                ex.getMessage()));
    }

    @ExceptionHandler(dozor.slasettings.SettingsNotFound.class)
    ResponseEntity<ProblemDetail> settingsNotFound(dozor.slasettings.SettingsNotFound ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, NOT_FOUND,
                msg("problem.notFound.title"), ex.getMessage()));
    }

    /**
     * Every feature's refusal (stock, logistics, suppliers, the plan, purchasing): 400 with the field in
     * {@code errors}, 404, 409, 403 or 503, with the feature's own type and properties where it gives them.
     */
    @ExceptionHandler(dozor.shared.DomainException.class)
    ResponseEntity<ProblemDetail> refused(dozor.shared.DomainException ex) {
        HttpStatus status = switch (ex.refusal()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        String kind = switch (ex.refusal()) {
            case INVALID -> "validation";
            case NOT_FOUND -> "notFound";
            case CONFLICT -> "conflict";
            case FORBIDDEN -> "forbidden";
            case UNAVAILABLE -> "unavailable";
        };
        URI type = ex.type() != null ? ex.type() : switch (ex.refusal()) {
            case INVALID -> VALIDATION;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> URI.create("https://dozor.by/problems/conflict");
            case FORBIDDEN -> URI.create("https://dozor.by/problems/forbidden");
            case UNAVAILABLE -> URI.create("https://dozor.by/problems/unavailable");
        };
        String titleKey = ex.titleKey() != null ? ex.titleKey() : "problem." + kind + ".title";
        ProblemDetail problem = problem(status, type, msg(titleKey),
                ex.refusal() == dozor.shared.DomainException.Refusal.INVALID ? msg("problem.validation.detail")
                        : ex.getMessage());
        if (ex.field() != null || ex.refusal() == dozor.shared.DomainException.Refusal.INVALID) {
            problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
        }
        ex.properties().forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, VALIDATION, msg("problem.validation.title"),
                ex.getMessage());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                URI.create("about:blank"), msg("problem.internal.title"), msg("problem.internal.detail")));
    }

    private ResponseEntity<Object> validationProblem(List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, VALIDATION, msg("problem.validation.title"),
                msg("problem.validation.detail"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    private String msg(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
