package dozor.procurement.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dozor.stock.AbcClass;
import dozor.stock.UnitOfMeasure;

/**
 * What the planner knows of one item at one warehouse: its consumption per full week (oldest first), its stock
 * position's parts and the terms of the supplier it would be bought from ({@code null} if nobody offers it).
 */
public record PlanInput(UUID itemId, String sku, String name, UnitOfMeasure unit, AbcClass abcClass,
        UUID warehouseId, List<BigDecimal> weeklyConsumption, BigDecimal onHand, BigDecimal reserved,
        BigDecimal onOrder, BigDecimal inTransit, BigDecimal shortfalls, SupplierTerms supplier) {

    /** Where the supplier's terms come from: the item's preferred supplier, or the cheapest offer. */
    public enum SupplierSource {
        PREFERRED, CHEAPEST
    }

    public record SupplierTerms(UUID supplierId, String supplierName, SupplierSource source, int leadTimeDays,
            BigDecimal minOrderQty, BigDecimal packSize, BigDecimal price, String currency) {
    }
}
