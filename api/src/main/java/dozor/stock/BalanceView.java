package dozor.stock;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An item in a warehouse: on hand (the sum of its movements), reserved, available (on hand − reserved), on its way
 * here by open transfers, and its moving average cost and value.
 */
public record BalanceView(UUID itemId, String sku, String itemName, UUID warehouseId, String warehouseCode,
        BigDecimal onHand, BigDecimal reserved, BigDecimal available, BigDecimal inTransit, BigDecimal averageCost,
        BigDecimal value) {
}
