package dozor.events.stock;

import static com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A reservation ended: the reserved quantity was issued to the work, or released back to available stock.
 *
 * @param outcome ISSUED or RELEASED
 */
public record StockReservationClosed(UUID eventId, Instant occurredAt, int version, UUID reservationId, UUID itemId,
        UUID warehouseId, @JsonFormat(shape = STRING) BigDecimal quantity, String outcome, String actor)
        implements StockEvent {

    public static final String TYPE = "StockReservationClosed";

    public static final int CURRENT_VERSION = 1;

    public StockReservationClosed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
