package dozor.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Stock set aside for a request's task: ACTIVE until it is ISSUED to the work or RELEASED. */
public record ReservationView(UUID id, UUID itemId, UUID warehouseId, BigDecimal quantity, UUID requestId,
        UUID taskId, String status, String createdBy, Instant createdAt, String closedBy, Instant closedAt) {
}
