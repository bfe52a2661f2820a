package dozor.events.procurement;

import static com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A delivery against a purchase order line arrived and was inspected: {@code acceptedQty} went into stock (a RECEIPT
 * movement at {@code price}), {@code rejectedQty} failed inspection. {@code demandId} is the reservation shortfall
 * the line covered, if any.
 */
public record GoodsReceived(UUID eventId, Instant occurredAt, int version, UUID receiptId, UUID purchaseOrderId,
        UUID orderLineId, UUID supplierId, UUID itemId, UUID warehouseId,
        @JsonFormat(shape = STRING) BigDecimal receivedQty, @JsonFormat(shape = STRING) BigDecimal acceptedQty,
        @JsonFormat(shape = STRING) BigDecimal rejectedQty, @JsonFormat(shape = STRING) BigDecimal price,
        String currency, UUID demandId, String actor) implements ProcurementEvent {

    public static final String TYPE = "GoodsReceived";

    public static final int CURRENT_VERSION = 1;

    public GoodsReceived {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(purchaseOrderId, "purchaseOrderId");
        Objects.requireNonNull(receivedQty, "receivedQty");
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
