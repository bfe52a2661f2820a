package dozor.events.requests;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A file was attached to a service request. Neither the content nor the file name travel: only that a
 * document of a kind was attached, and by whom.
 *
 * @param kind one of PHOTO, ACT, INVOICE, CONTRACT, WAYBILL, OTHER
 * @param author the user name of the uploader
 */
public record DocumentAttached(UUID eventId, Instant occurredAt, int version, UUID requestId, UUID documentId,
        String kind, String author) implements RequestEvent {

    public static final String TYPE = "DocumentAttached";

    public static final int CURRENT_VERSION = 1;

    public DocumentAttached {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(author, "author");
    }

    @Override
    public String aggregateId() {
        return requestId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
