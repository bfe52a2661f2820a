package dozor.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dozor.documents.DocumentManagement;
import dozor.documents.DocumentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/requests/{id}/documents")
@Tag(name = "Документы", description = "Files attached to service requests")
class DocumentsController {

    private final DocumentManagement documents;

    DocumentsController(DocumentManagement documents) {
        this.documents = documents;
    }

    static String contentPath(UUID requestId, UUID documentId) {
        return "/api/v1/requests/" + requestId + "/documents/" + documentId + "/content";
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file; its type is taken from its bytes (413 when too large, 415 when unsupported)")
    ResponseEntity<DocumentResponse> upload(@PathVariable UUID id, @Valid @ModelAttribute UploadDocumentForm form)
            throws IOException {
        DocumentView view;
        try (InputStream content = form.file().getInputStream()) {
            view = documents.attach(id, form.toCommand(), content);
        }
        // The document has no resource of its own but its content.
        return ResponseEntity.created(URI.create(contentPath(id, view.id()))).body(DocumentResponse.of(view));
    }

    @GetMapping
    @Operation(summary = "The request's documents, oldest first")
    List<DocumentResponse> list(@PathVariable UUID id) {
        return documents.list(id).stream().map(DocumentResponse::of).toList();
    }

    @GetMapping("/{docId}/content")
    @Operation(summary = "Download a document's bytes; inline=true shows PDFs and images in the browser")
    @ApiResponse(responseCode = "200", description = "The bytes, with the stored content type",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string",
                    format = "binary")))
    void content(@PathVariable UUID id, @PathVariable UUID docId,
            @RequestParam(defaultValue = "false") boolean inline, HttpServletResponse response) throws IOException {
        documents.read(id, docId, (document, content) -> {
            boolean viewable = document.contentType().startsWith("image/")
                    || document.contentType().equals(MediaType.APPLICATION_PDF_VALUE);
            response.setContentType(document.contentType().startsWith("text/")
                    ? document.contentType() + ";charset=UTF-8" : document.contentType());
            response.setContentLengthLong(document.size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDispositions.of(document.downloadName(), inline && viewable));
            content.transferTo(response.getOutputStream());
        });
    }

    @DeleteMapping("/{docId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a document's bytes for good; the history keeps a record of it")
    ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID docId) {
        documents.delete(id, docId);
        return ResponseEntity.noContent().build();
    }
}
