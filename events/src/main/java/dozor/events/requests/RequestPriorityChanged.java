package dozor.events.requests;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A dispatcher overrode a request's priority, with a reason. */
public record RequestPriorityChanged(UUID eventId, Instant occurredAt, int version, UUID requestId,
        String fromPriority, String toPriority, String actor, String reason) implements RequestEvent {

    public static final String TYPE = "RequestPriorityChanged";

    public static final int CURRENT_VERSION = 1;

    public RequestPriorityChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(toPriority, "toPriority");
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
