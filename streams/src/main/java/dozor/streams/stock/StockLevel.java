package dozor.streams.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of live stock as the api reads it: on hand, reserved, available = on hand − reserved, the reorder point and
 * whether available is below it (since when), the consumption of the last 28 days, the weekly rate and the coverage
 * in weeks (null when nothing was consumed), and the last ledger line applied ({@code appliedSeq}).
 */
public record StockLevel(UUID itemId, UUID warehouseId, BigDecimal onHand, BigDecimal reserved, BigDecimal available,
        BigDecimal reorderPoint, boolean low, Instant lowSince, BigDecimal consumed28Days,
        BigDecimal weeklyConsumption, BigDecimal coverageWeeks, long appliedSeq, Instant lastMovementAt,
        Instant eventTime) {

    static StockLevel of(StockRow r) {
        return new StockLevel(r.itemId(), r.warehouseId(), r.onHand(), r.reserved(), r.available(), r.reorderPoint(),
                r.lowSince() != null, r.lowSince(), r.consumed28Days(), r.weeklyConsumption(), r.coverageWeeks(),
                r.lastSeq(), r.lastMovementAt(), r.eventTime());
    }
}
