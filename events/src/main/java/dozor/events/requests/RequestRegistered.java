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
 * @param customerId the counterparty (since version 2; {@code null} in version 1 events)
 * @param customerTier the counterparty's contract tier at registration (STANDARD, SILVER, GOLD, PLATINUM)
 * @param suspectedDuplicateOf an open request this one probably repeats, or {@code null}
 */
public record RequestRegistered(UUID eventId, Instant occurredAt, int version, UUID requestId, String number,
        String customerName, String unp, String deviceModel, String priority, Instant registeredAt, UUID customerId,
        String customerTier, String category, String deviceType, String channel, UUID suspectedDuplicateOf)
        implements RequestEvent {

    public static final String TYPE = "RequestRegistered";

    /** 2 added customerId, customerTier, category, deviceType, channel, suspectedDuplicateOf. */
    public static final int CURRENT_VERSION = 2;

    /** A version-1 event (the fields of the first contract only). */
    public static RequestRegistered v1(UUID eventId, Instant occurredAt, UUID requestId, String number,
            String customerName, String unp, String deviceModel, String priority, Instant registeredAt) {
        return new RequestRegistered(eventId, occurredAt, 1, requestId, number, customerName, unp, deviceModel,
                priority, registeredAt, null, null, null, null, null, null);
    }

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
