package dozor.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Stock on its way between two warehouses: out of the source when dispatched, into the destination when received. */
public record TransferView(UUID id, UUID itemId, UUID fromWarehouseId, UUID toWarehouseId, BigDecimal quantity,
        String serial, BigDecimal unitCost, String status, Instant dispatchedAt, String dispatchedBy,
        Instant receivedAt, String receivedBy) {
}
