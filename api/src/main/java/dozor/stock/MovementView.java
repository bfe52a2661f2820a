package dozor.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One line of the ledger; {@code quantity} is signed, {@code onHandAfter} the running total it left behind. */
public record MovementView(UUID id, long seq, UUID itemId, UUID warehouseId, MovementKind kind, BigDecimal quantity,
        BigDecimal unitCost, BigDecimal onHandAfter, BigDecimal averageCostAfter, String serial, UUID requestId,
        UUID taskId, UUID transferId, String reason, String actor, Instant at) {
}
