package dozor.events.stock;

import static com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Available stock of an item in a warehouse is back at or above its reorder point (or the point was lowered). */
public record StockLowAlertCleared(UUID eventId, Instant occurredAt, int version, UUID itemId, UUID warehouseId,
        @JsonFormat(shape = STRING) BigDecimal available, @JsonFormat(shape = STRING) BigDecimal reorderPoint,
        Instant raisedAt) implements StockAlertEvent {

    public static final String TYPE = "StockLowAlertCleared";

    public static final int CURRENT_VERSION = 1;

    public StockLowAlertCleared {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(available, "available");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
