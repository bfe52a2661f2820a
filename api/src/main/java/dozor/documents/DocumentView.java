package dozor.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a request, as other features and the REST API see it.
 *
 * @param fileName the client's file name, cleaned
 * @param downloadName the name it is offered under: {@code fileName} with the extension of its real type
 * @param contentType found in the bytes, not taken from the client
 * @param duplicateOf the earliest other document of the request with the same bytes, or {@code null}
 * @param deletedAt {@code null} while the document exists; its bytes are gone once set
 */
public record DocumentView(UUID id, UUID requestId, DocumentKind kind, String title, String fileName,
        String downloadName, String contentType, long size, String sha256, Instant uploadedAt, String uploadedBy,
        UUID duplicateOf, Instant deletedAt, String deletedBy) {

    public boolean deleted() {
        return deletedAt != null;
    }
}
