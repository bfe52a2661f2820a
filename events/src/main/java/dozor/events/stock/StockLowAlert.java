package dozor.events.stock;

import static com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * Available stock of an item in a warehouse fell below its reorder point. Raised once when it crosses; the next
 * alert about the row is {@link StockLowAlertCleared}.
 *
 * @param available on hand − reserved at that moment
 * @param coverageWeeks available ÷ the weekly consumption of the last 28 days; null without consumption
 */
public record StockLowAlert(UUID eventId, Instant occurredAt, int version, UUID itemId, UUID warehouseId,
        @JsonFormat(shape = STRING) BigDecimal available, @JsonFormat(shape = STRING) BigDecimal reorderPoint,
        @JsonFormat(shape = STRING) BigDecimal coverageWeeks) implements StockAlertEvent {

    public static final String TYPE = "StockLowAlert";

    public static final int CURRENT_VERSION = 1;

    public StockLowAlert {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(reorderPoint, "reorderPoint");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
