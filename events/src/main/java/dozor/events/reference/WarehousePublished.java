package dozor.events.reference;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dozor.events.DozorEvent;
import dozor.events.Topics;

/**
 * A warehouse as it now is, keyed {@code warehouse:<id>} on the compacted topic {@value Topics#REFERENCE}.
 *
 * @param kind CENTRAL, REGIONAL, REPAIR_LINE, VAN, SWAP_POOL
 */
public record WarehousePublished(UUID eventId, Instant occurredAt, int version, UUID warehouseId, String code,
        String name, String kind, String region) implements DozorEvent {

    public static final String TYPE = "WarehousePublished";

    public static final int CURRENT_VERSION = 1;

    public WarehousePublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String aggregateId() {
        return "warehouse:" + warehouseId;
    }

    @Override
    public String topic() {
        return Topics.REFERENCE;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
