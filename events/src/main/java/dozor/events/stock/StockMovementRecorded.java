package dozor.events.stock;

import static com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One line of the stock ledger: a quantity of an item came into or went out of a warehouse. Decimals travel as
 * strings, exactly as stored, so no consumer rounds them through a double.
 *
 * @param kind RECEIPT, ISSUE_TO_WORK, RETURN_FROM_WORK, TRANSFER_OUT, TRANSFER_IN, WRITE_OFF, ADJUSTMENT_SURPLUS,
 *        ADJUSTMENT_SHORTAGE, SHIPMENT, RETURN_FROM_CUSTOMER
 * @param quantity signed: positive in, negative out
 * @param unitCost the cost of one unit moved (BYN): the receipt's price in, the moving average out
 * @param onHandAfter the warehouse's quantity of the item after this movement
 * @param averageCostAfter the moving average cost of the item in the warehouse after this movement
 * @param seq the line's number in the ledger ({@code ops.stock_movement.seq}): increasing per item and warehouse in
 *        the order the lines were posted, so a consumer drops a re-delivered line by it; null in events written
 *        before it was added
 */
public record StockMovementRecorded(UUID eventId, Instant occurredAt, int version, UUID movementId, UUID itemId,
        UUID warehouseId, String kind, @JsonFormat(shape = STRING) BigDecimal quantity, String serial,
        @JsonFormat(shape = STRING) BigDecimal unitCost, @JsonFormat(shape = STRING) BigDecimal onHandAfter,
        @JsonFormat(shape = STRING) BigDecimal averageCostAfter, UUID requestId, UUID taskId, UUID transferId,
        String reason, String actor, Long seq) implements StockEvent {

    public static final String TYPE = "StockMovementRecorded";

    public static final int CURRENT_VERSION = 1;

    public StockMovementRecorded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(movementId, "movementId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
