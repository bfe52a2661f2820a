package dozor.documents.web;

import java.net.URI;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import dozor.documents.DocumentNotFound;
import dozor.documents.DocumentTooLarge;
import dozor.documents.DuplicateDocumentLink;
import dozor.documents.EmptyDocument;
import dozor.documents.UnsupportedDocumentType;
import dozor.documents.internal.DocumentType;
import dozor.documents.internal.DocumentsProperties;

/**
 * RFC 9457 problems of attachments, in the shape of the api's other problems ({@code errors} names the field).
 * Not limited to this feature's controllers: the servlet container refuses an oversized upload before any
 * controller is chosen.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentProblems {

    static final URI TOO_LARGE = URI.create("https://dozor.by/problems/document-too-large");

    static final URI UNSUPPORTED = URI.create("https://dozor.by/problems/unsupported-document-type");

    static final URI DUPLICATE_LINK = URI.create("https://dozor.by/problems/duplicate-link");

    static final URI VALIDATION = URI.create("https://dozor.by/problems/validation");

    static final URI NOT_FOUND = URI.create("https://dozor.by/problems/not-found");

    private final MessageSource messages;

    private final DocumentsProperties properties;

    DocumentProblems(MessageSource messages, DocumentsProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    /** One bad field, as in every other problem of the api. */
    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(DocumentTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(DocumentTooLarge ex) {
        return tooLarge(ex.maxBytes());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
        return tooLarge(properties.maxSize().toBytes());
    }

    @ExceptionHandler(UnsupportedDocumentType.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedDocumentType ex) {
        ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED,
                "problem.unsupportedDocument.title", "problem.unsupportedDocument.detail");
        problem.setProperty("errors", List.of(new FieldProblem("file", msg("document.unsupported"))));
        problem.setProperty("supportedTypes", DocumentType.mediaTypes());
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem);
    }

    @ExceptionHandler(EmptyDocument.class)
    ResponseEntity<ProblemDetail> empty(EmptyDocument ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, VALIDATION, "problem.validation.title",
                "problem.validation.detail");
        problem.setProperty("errors", List.of(new FieldProblem("file", msg("document.empty"))));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(DocumentNotFound.class)
    ResponseEntity<ProblemDetail> notFound(DocumentNotFound ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, NOT_FOUND, "problem.notFound.title", null);
        problem.setDetail(msg("problem.documentNotFound", ex.id()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(DuplicateDocumentLink.class)
    ResponseEntity<ProblemDetail> duplicateLink(DuplicateDocumentLink ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, DUPLICATE_LINK, "problem.duplicateLink.title", null);
        String detail = msg("problem.duplicateLink.detail", msg("link.kind." + ex.kind().name()), ex.reference());
        problem.setDetail(detail);
        problem.setProperty("errors", List.of(new FieldProblem("reference", detail)));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private ResponseEntity<ProblemDetail> tooLarge(long maxBytes) {
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE, "problem.documentTooLarge.title",
                null);
        String detail = msg("problem.documentTooLarge.detail", maxBytes / (1024.0 * 1024.0));
        problem.setDetail(detail);
        problem.setProperty("errors", List.of(new FieldProblem("file", detail)));
        problem.setProperty("maxBytes", maxBytes);
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    private ProblemDetail problem(HttpStatus status, URI type, String titleKey, String detailKey) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type);
        problem.setTitle(msg(titleKey));
        if (detailKey != null) {
            problem.setDetail(msg(detailKey));
        }
        return problem;
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
