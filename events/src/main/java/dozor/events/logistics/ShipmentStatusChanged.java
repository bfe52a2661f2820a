package dozor.events.logistics;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A shipment moved on: PLANNED → DISPATCHED → IN_TRANSIT → DELIVERED, or FAILED, RETURNED, CANCELLED.
 * {@code occurredAt} is when it happened (for a carrier's report, the carrier's time).
 *
 * @param source USER or CARRIER (the tracking webhook)
 * @param carrierStatus the carrier's own word for it, when the carrier reported it
 */
public record ShipmentStatusChanged(UUID eventId, Instant occurredAt, int version, UUID shipmentId, String kind,
        UUID requestId, String carrier, String trackingNumber, String fromStatus, String toStatus, String source,
        String carrierStatus, String actor) implements LogisticsEvent {

    public static final String TYPE = "ShipmentStatusChanged";

    public static final int CURRENT_VERSION = 1;

    public ShipmentStatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(shipmentId, "shipmentId");
        Objects.requireNonNull(toStatus, "toStatus");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
