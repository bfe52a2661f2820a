package dozor.events.requests;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A service request was registered. Carries the facts analytics and SLA need; contact details and
 * the problem text stay in the operational store.
 *
 * @param priority one of P1..P4
 * @param unp the customer's УНП, or {@code null} for a private person
 */
public record RequestRegistered(UUID eventId, Instant occurredAt, int version, UUID requestId, String number,
        String customerName, String unp, String deviceModel, String priority, Instant registeredAt)
        implements RequestEvent {

    public static final String TYPE = "RequestRegistered";

    public static final int CURRENT_VERSION = 1;

    public RequestRegistered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(registeredAt, "registeredAt");
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
