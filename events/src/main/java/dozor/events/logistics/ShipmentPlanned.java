package dozor.events.logistics;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A shipment was planned: what kind, for which request, by which carrier, on which day.
 *
 * @param kind REPAIRED_DEVICE, NEW_EQUIPMENT, SWAP_REPLACEMENT, PICKUP, CUSTOMER_RETURN, TRANSFER
 * @param plannedDate the day it is to leave, ISO (yyyy-mm-dd)
 * @param replacesId the failed or returned shipment this one ships again, if any
 */
public record ShipmentPlanned(UUID eventId, Instant occurredAt, int version, UUID shipmentId, String number,
        String kind, UUID requestId, String carrier, String trackingNumber, String plannedDate, UUID fromWarehouseId,
        UUID toWarehouseId, UUID replacesId, UUID swapId, String actor) implements LogisticsEvent {

    public static final String TYPE = "ShipmentPlanned";

    public static final int CURRENT_VERSION = 1;

    public ShipmentPlanned {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(shipmentId, "shipmentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(carrier, "carrier");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
