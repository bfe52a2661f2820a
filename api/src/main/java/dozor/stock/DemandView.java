package dozor.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What a task needed and the stock could not give: the input of procurement. */
public record DemandView(UUID id, UUID itemId, UUID warehouseId, BigDecimal quantity, UUID requestId, UUID taskId,
        String status, String createdBy, Instant createdAt) {
}
