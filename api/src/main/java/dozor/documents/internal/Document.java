package dozor.documents.internal;

import java.time.Instant;
import java.util.UUID;

import dozor.documents.DocumentKind;
import dozor.documents.DocumentNotFound;
import dozor.documents.DocumentView;
import dozor.events.requests.DocumentAttached;
import dozor.shared.Ids;

/**
 * A file attached to a request. Its bytes live in a large object ({@code contentOid}) until the document is
 * deleted; the row stays behind as a tombstone so that the request's history still shows it.
 */
public record Document(UUID id, UUID requestId, DocumentKind kind, String title, String fileName,
        DocumentType type, long size, String sha256, Long contentOid, Instant uploadedAt, String uploadedBy,
        Instant deletedAt, String deletedBy) {

    public record Attachment(Document document, DocumentAttached event) {
    }

    public static Attachment attach(UUID requestId, DocumentKind kind, String title, String fileName,
            DocumentType type, LargeObjects.Stored stored, String actor, Instant now) {
        var document = new Document(Ids.newId(), requestId, kind, title, fileName, type, stored.size(),
                stored.sha256(), stored.oid(), now, actor, null, null);
        var event = new DocumentAttached(Ids.newId(), now, DocumentAttached.CURRENT_VERSION, requestId, document.id(),
                kind.name(), actor);
        return new Attachment(document, event);
    }

    /** The tombstone this document becomes; a deleted document cannot be deleted again. */
    public Document delete(String actor, Instant now) {
        if (deletedAt != null) {
            throw new DocumentNotFound(id);
        }
        return new Document(id, requestId, kind, title, fileName, type, size, sha256, null, uploadedAt, uploadedBy,
                now, actor);
    }

    public DocumentView toView(UUID duplicateOf) {
        return new DocumentView(id, requestId, kind, title, fileName, FileNames.forDownload(fileName, type),
                type.mediaType(), size, sha256, uploadedAt, uploadedBy, duplicateOf, deletedAt, deletedBy);
    }
}
