package dozor.events.procurement;

import static com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * Goods went back to the supplier: {@code source} REJECTED (failed inspection, never in stock) or ACCEPTED (stock
 * found defective later, written off by {@code movementId}).
 */
public record GoodsReturnedToSupplier(UUID eventId, Instant occurredAt, int version, UUID returnId,
        UUID purchaseOrderId, UUID orderLineId, UUID supplierId, UUID itemId,
        @JsonFormat(shape = STRING) BigDecimal quantity, String source, String reason, UUID movementId, String actor)
        implements ProcurementEvent {

    public static final String TYPE = "GoodsReturnedToSupplier";

    public static final int CURRENT_VERSION = 1;

    public GoodsReturnedToSupplier {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(returnId, "returnId");
        Objects.requireNonNull(purchaseOrderId, "purchaseOrderId");
        Objects.requireNonNull(quantity, "quantity");
    }

    @Override
    public String aggregateId() {
        return purchaseOrderId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
