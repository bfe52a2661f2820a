package dozor.events.requests;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone commented on a service request. The text stays in the operational store: comments may hold
 * personal data, and consumers need only that a comment was made, by whom and for whose eyes.
 *
 * @param visibility {@code INTERNAL} (staff only) or {@code CUSTOMER} (may be shown to the customer)
 * @param author the user name of the commenter
 */
public record CommentAdded(UUID eventId, Instant occurredAt, int version, UUID requestId, UUID commentId,
        String visibility, String author) implements RequestEvent {

    public static final String TYPE = "CommentAdded";

    public static final int CURRENT_VERSION = 1;

    public CommentAdded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(visibility, "visibility");
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
