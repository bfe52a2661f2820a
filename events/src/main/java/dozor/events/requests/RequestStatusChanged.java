package dozor.events.requests;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A request moved from one status to another by a lifecycle action.
 *
 * @param action the transition taken (TRIAGE, START, AWAIT_PARTS, ...)
 * @param reason why, where the action requires one
 */
public record RequestStatusChanged(UUID eventId, Instant occurredAt, int version, UUID requestId, String fromStatus,
        String toStatus, String action, String actor, String reason) implements RequestEvent {

    public static final String TYPE = "RequestStatusChanged";

    public static final int CURRENT_VERSION = 1;

    public RequestStatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(fromStatus, "fromStatus");
        Objects.requireNonNull(toStatus, "toStatus");
        Objects.requireNonNull(action, "action");
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
