package dozor.documents.web;

import java.time.Instant;
import java.util.UUID;

import dozor.documents.DocumentKind;
import dozor.documents.DocumentView;

/** A document's metadata as the REST API returns it; {@code contentUrl} downloads the bytes. */
record DocumentResponse(UUID id, UUID requestId, DocumentKind kind, String title, String fileName,
        String downloadName, String contentType, long size, String sha256, Instant uploadedAt, String uploadedBy,
        UUID duplicateOf, String contentUrl) {

    static DocumentResponse of(DocumentView v) {
        return new DocumentResponse(v.id(), v.requestId(), v.kind(), v.title(), v.fileName(), v.downloadName(),
                v.contentType(), v.size(), v.sha256(), v.uploadedAt(), v.uploadedBy(), v.duplicateOf(),
                DocumentsController.contentPath(v.requestId(), v.id()));
    }
}
