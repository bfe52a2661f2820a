package dozor.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The low-stock threshold of an item in a warehouse, who set it and how (typed, or from the reorder plan). */
public record ReorderPointView(UUID itemId, UUID warehouseId, BigDecimal reorderPoint, ReorderPointSource source,
        String updatedBy, Instant updatedAt) {
}
