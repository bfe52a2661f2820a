package dozor.events.stock;

import static com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The low-stock threshold of an item in a warehouse was set: when available stock falls below it, the streams raise
 * a low-stock alert.
 *
 * @param reorderPoint the new threshold (0 or more)
 * @param source MANUAL (typed by a person) or PLAN (computed by the reorder plan)
 */
public record StockReorderPointChanged(UUID eventId, Instant occurredAt, int version, UUID itemId, UUID warehouseId,
        @JsonFormat(shape = STRING) BigDecimal reorderPoint, String source, String actor) implements StockEvent {

    public static final String TYPE = "StockReorderPointChanged";

    public static final int CURRENT_VERSION = 1;

    public StockReorderPointChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(reorderPoint, "reorderPoint");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
