package dozor.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.documents.internal.ContentSniffer;
import dozor.documents.internal.Document;
import dozor.documents.internal.DocumentType;
import dozor.documents.internal.Documents;
import dozor.documents.internal.DocumentsProperties;
import dozor.documents.internal.FileNames;
import dozor.documents.internal.LargeObjects;
import dozor.requests.ServiceRequestManagement;
import dozor.requests.ServiceRequestNotFound;

/**
 * The public API of attachments: files of a request, stored as PostgreSQL large objects with their metadata,
 * audit record and event in one transaction. A file is accepted only when its bytes are of a known type.
 */
@Service
public class DocumentManagement {

    static final String AUDIT_ENTITY = "RequestDocument";

    private final ServiceRequestManagement requests;

    private final Documents documents;

    private final LargeObjects largeObjects;

    private final DocumentsProperties properties;

    private final AuditLog audit;

    private final Outbox outbox;

    private final Clock clock;

    DocumentManagement(ServiceRequestManagement requests, Documents documents, LargeObjects largeObjects,
            DocumentsProperties properties, AuditLog audit, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.documents = documents;
        this.largeObjects = largeObjects;
        this.properties = properties;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** How callers receive a document's bytes; they are readable only during the call. */
    @FunctionalInterface
    public interface ContentReader {
        void read(DocumentView document, InputStream content) throws IOException;
    }

    /**
     * Attaches {@code content} to the request. The stream is read once, straight into a large object, and the
     * type is sniffed from what was stored; any refusal (too large, empty, unknown type) rolls the large
     * object back with everything else.
     *
     * @throws ServiceRequestNotFound when there is no such request
     * @throws DocumentTooLarge beyond {@code dozor.documents.max-size}
     * @throws EmptyDocument when there are no bytes at all
     * @throws UnsupportedDocumentType when the bytes are of no accepted type
     */
    @Transactional
    public DocumentView attach(UUID requestId, AttachDocument command, InputStream content) {
        requireRequest(requestId);
        String fileName = FileNames.clean(command.fileName());
        long maxBytes = properties.maxSize().toBytes();
        try {
            LargeObjects.Stored stored;
            try {
                stored = largeObjects.store(content, maxBytes);
            }
            catch (LargeObjects.TooLarge ex) {
                throw new DocumentTooLarge(maxBytes);
            }
            if (stored.size() == 0) {
                throw new EmptyDocument();
            }
            DocumentType type;
            try (var object = largeObjects.open(stored.oid())) {
                type = ContentSniffer.sniff(object, fileName).orElseThrow(UnsupportedDocumentType::new);
            }
            UUID duplicateOf = documents.firstWithChecksum(requestId, stored.sha256()).orElse(null);
            var attachment = Document.attach(requestId, command.kind(), command.title(), fileName, type, stored,
                    AuditLog.currentActor(), clock.instant());
            documents.insert(attachment.document());
            DocumentView view = attachment.document().toView(duplicateOf);
            audit.record("DOCUMENT_ATTACHED", AUDIT_ENTITY, view.id().toString(), null, view);
            outbox.append(attachment.event());
            return view;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The request's documents, oldest first. */
    @Transactional(readOnly = true)
    public List<DocumentView> list(UUID requestId) {
        requireRequest(requestId);
        return documents.ofRequest(requestId, false);
    }

    /** Every document the request ever had, deleted ones included (without bytes), oldest first. */
    @Transactional(readOnly = true)
    public List<DocumentView> history(UUID requestId) {
        return documents.ofRequest(requestId, true);
    }

    /** Hands the document's bytes to {@code reader} inside a transaction (large objects live only in one). */
    @Transactional(readOnly = true)
    public void read(UUID requestId, UUID documentId, ContentReader reader) throws IOException {
        requireRequest(requestId);
        Document document = documents.findActive(requestId, documentId)
                .orElseThrow(() -> new DocumentNotFound(documentId));
        try (var object = largeObjects.open(document.contentOid()); InputStream in = object.inputStream()) {
            reader.read(document.toView(null), in);
        }
    }

    /** Deletes the document's bytes for good; its metadata stays as a tombstone, with an audit record. */
    @Transactional
    public void delete(UUID requestId, UUID documentId) {
        requireRequest(requestId);
        Document document = documents.findActive(requestId, documentId)
                .orElseThrow(() -> new DocumentNotFound(documentId));
        Document tombstone = document.delete(AuditLog.currentActor(), clock.instant());
        if (!documents.markDeleted(tombstone)) {
            throw new DocumentNotFound(documentId); // deleted meanwhile by someone else
        }
        try {
            largeObjects.unlink(document.contentOid());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        audit.record("DOCUMENT_DELETED", AUDIT_ENTITY, documentId.toString(), document.toView(null),
                tombstone.toView(null));
    }

    private void requireRequest(UUID requestId) {
        if (requests.find(requestId).isEmpty()) {
            throw new ServiceRequestNotFound(requestId);
        }
    }
}
