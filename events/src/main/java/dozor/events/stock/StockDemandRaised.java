package dozor.events.stock;

import static com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A request's task needs more of an item than the warehouse has available: the shortfall is a demand to buy. */
public record StockDemandRaised(UUID eventId, Instant occurredAt, int version, UUID demandId, UUID itemId,
        UUID warehouseId, @JsonFormat(shape = STRING) BigDecimal quantity, UUID requestId, UUID taskId, String actor)
        implements StockEvent {

    public static final String TYPE = "StockDemandRaised";

    public static final int CURRENT_VERSION = 1;

    public StockDemandRaised {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(quantity, "quantity");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
