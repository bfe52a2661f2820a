package dozor.events.stock;

import static com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A quantity in a warehouse was set aside for a request's task; it is no longer available to others. */
public record StockReserved(UUID eventId, Instant occurredAt, int version, UUID reservationId, UUID itemId,
        UUID warehouseId, @JsonFormat(shape = STRING) BigDecimal quantity, UUID requestId, UUID taskId, String actor)
        implements StockEvent {

    public static final String TYPE = "StockReserved";

    public static final int CURRENT_VERSION = 1;

    public StockReserved {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(quantity, "quantity");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
