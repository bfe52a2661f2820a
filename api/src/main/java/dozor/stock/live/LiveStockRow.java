package dozor.stock.live;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One item in one warehouse as the streams keep it live: on hand, reserved, available = on hand − reserved, the
 * reorder point and whether available is below it (since when), the consumption (issues to work, shipments,
 * write-offs) of the last 28 days, the weekly rate and the coverage in weeks (null when nothing was consumed), and
 * the last ledger line the streams have applied ({@code appliedSeq}).
 */
public record LiveStockRow(UUID itemId, UUID warehouseId, BigDecimal onHand, BigDecimal reserved,
        BigDecimal available, BigDecimal reorderPoint, boolean low, Instant lowSince, BigDecimal consumed28Days,
        BigDecimal weeklyConsumption, BigDecimal coverageWeeks, long appliedSeq, Instant lastMovementAt,
        Instant eventTime) {
}
