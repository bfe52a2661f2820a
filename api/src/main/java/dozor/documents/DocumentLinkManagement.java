package dozor.documents;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.documents.internal.DocumentLinks;
import dozor.requests.ServiceRequestManagement;
import dozor.requests.ServiceRequestNotFound;
import dozor.shared.Ids;

/** The public API of links from requests to contracts, invoices, acts and waybills kept by number. */
@Service
public class DocumentLinkManagement {

    private final ServiceRequestManagement requests;

    private final DocumentLinks links;

    private final AuditLog audit;

    private final Clock clock;

    DocumentLinkManagement(ServiceRequestManagement requests, DocumentLinks links, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws DuplicateDocumentLink when the request already links this kind and reference (any case) */
    @Transactional
    public DocumentLinkView link(UUID requestId, LinkDocument command) {
        requireRequest(requestId);
        var link = new DocumentLinkView(Ids.newId(), requestId, command.kind(), command.reference(), command.title(),
                clock.instant(), AuditLog.currentActor());
        if (!links.insertIfAbsent(link)) {
            throw new DuplicateDocumentLink(command.kind(), command.reference());
        }
        audit.record("LINK_ADDED", "RequestDocumentLink", link.id().toString(), null, link);
        return link;
    }

    /** Oldest first. */
    @Transactional(readOnly = true)
    public List<DocumentLinkView> list(UUID requestId) {
        requireRequest(requestId);
        return links.ofRequest(requestId);
    }

    private void requireRequest(UUID requestId) {
        if (requests.find(requestId).isEmpty()) {
            throw new ServiceRequestNotFound(requestId);
        }
    }
}
