package dozor.events.reference;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dozor.events.DozorEvent;
import dozor.events.Topics;

/**
 * An item of the catalogue as it now is (created or changed), keyed {@code item:<id>} on the compacted topic
 * {@value Topics#REFERENCE}: the newest is all a reader needs. The warehouse (star schema) names its items from it.
 *
 * @param category SPARE_PART, EQUIPMENT, CONSUMABLE, TOOL
 * @param unit PCS, SET, M, L, KG
 * @param abcClass A, B, C or null when not yet classified
 */
public record StockItemPublished(UUID eventId, Instant occurredAt, int version, UUID itemId, String sku, String name,
        String category, String unit, boolean serialTracked, String abcClass, UUID supplierId) implements DozorEvent {

    public static final String TYPE = "StockItemPublished";

    public static final int CURRENT_VERSION = 1;

    public StockItemPublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String aggregateId() {
        return "item:" + itemId;
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
