package dozor.events.procurement;

import static com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A delivery against a purchase order line arrived and was inspected: {@code acceptedQty} went into stock (a RECEIPT
 * movement at {@code unitCostByn}, the order line's {@code price} in its {@code currency} converted to BYN at the
 * official rate of the receipt day), {@code rejectedQty} failed inspection. {@code demandId} is the reservation
 * shortfall the line covered, if any. {@code unitCostByn} was added in a backward-compatible way (still version 1):
 * events written before it lack it, and their stock was costed at {@code price} as it was.
 */
public record GoodsReceived(UUID eventId, Instant occurredAt, int version, UUID receiptId, UUID purchaseOrderId,
        UUID orderLineId, UUID supplierId, UUID itemId, UUID warehouseId,
        @JsonFormat(shape = STRING) BigDecimal receivedQty, @JsonFormat(shape = STRING) BigDecimal acceptedQty,
        @JsonFormat(shape = STRING) BigDecimal rejectedQty, @JsonFormat(shape = STRING) BigDecimal price,
        String currency, UUID demandId, String actor, @JsonFormat(shape = STRING) BigDecimal unitCostByn)
        implements ProcurementEvent {

    public static final String TYPE = "GoodsReceived";

    public static final int CURRENT_VERSION = 1;

    public GoodsReceived {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(purchaseOrderId, "purchaseOrderId");
        Objects.requireNonNull(receivedQty, "receivedQty");
    }

    /** An event as written before {@code unitCostByn} existed. */
    public GoodsReceived(UUID eventId, Instant occurredAt, int version, UUID receiptId, UUID purchaseOrderId,
            UUID orderLineId, UUID supplierId, UUID itemId, UUID warehouseId, BigDecimal receivedQty,
            BigDecimal acceptedQty, BigDecimal rejectedQty, BigDecimal price, String currency, UUID demandId,
            String actor) {
        this(eventId, occurredAt, version, receiptId, purchaseOrderId, orderLineId, supplierId, itemId, warehouseId,
                receivedQty, acceptedQty, rejectedQty, price, currency, demandId, actor, null);
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
