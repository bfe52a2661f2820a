package dozor.documents;

import java.time.Instant;
import java.util.UUID;

/** A contract, invoice, act or waybill linked to a request by reference. */
public record DocumentLinkView(UUID id, UUID requestId, LinkKind kind, String reference, String title,
        Instant createdAt, String createdBy) {
}
