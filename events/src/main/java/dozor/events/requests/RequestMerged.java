package dozor.events.requests;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A request was found to repeat another and was merged into it; both keep their histories. */
public record RequestMerged(UUID eventId, Instant occurredAt, int version, UUID requestId, UUID intoRequestId,
        String actor) implements RequestEvent {

    public static final String TYPE = "RequestMerged";

    public static final int CURRENT_VERSION = 1;

    public RequestMerged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(intoRequestId, "intoRequestId");
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
