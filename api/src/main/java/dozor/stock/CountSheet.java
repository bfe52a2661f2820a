package dozor.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An inventory count of one warehouse: the book quantity of each item when the sheet was opened, what was counted,
 * and, once posted, the adjustment movement each difference became.
 *
 * @param status OPEN, POSTED or CANCELLED
 */
public record CountSheet(UUID id, UUID warehouseId, String status, String note, Instant openedAt, String openedBy,
        Instant closedAt, String closedBy, List<Line> lines) {

    /**
     * @param difference counted − expected; null until counted
     * @param movementId the ADJUSTMENT_SURPLUS / ADJUSTMENT_SHORTAGE posted for a difference
     */
    public record Line(UUID itemId, String sku, String itemName, BigDecimal expected, BigDecimal counted,
            BigDecimal difference, UUID movementId) {
    }
}
