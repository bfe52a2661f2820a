package dozor.procurement.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dozor.procurement.plan.PlanInput.SupplierSource;
import dozor.stock.AbcClass;
import dozor.stock.UnitOfMeasure;

/**
 * One line of the reorder plan: every figure it was computed from and the proposal, with an explanation of each
 * step in Russian. {@code xyzClass}, {@code cv} and {@code daysOfCover} are null where they are undefined (no
 * consumption). {@code planLineKey} names this proposal in a purchase request line.
 */
public record PlanLine(UUID itemId, String sku, String name, UnitOfMeasure unit, UUID warehouseId,
        String planLineKey, int historyWeeks, BigDecimal weeklyForecast, BigDecimal weeklyStdDev, BigDecimal cv,
        XyzClass xyzClass, BigDecimal serviceLevelZ, AbcClass abcClass, int targetWeeks, UUID supplierId,
        String supplierName, SupplierSource supplierSource, int leadTimeDays, BigDecimal leadTimeWeeks,
        BigDecimal minOrderQty, BigDecimal packSize, BigDecimal safetyStock, BigDecimal reorderPoint,
        BigDecimal targetStock, BigDecimal onHand, BigDecimal reserved, BigDecimal available, BigDecimal onOrder,
        BigDecimal inTransit, BigDecimal shortfalls, BigDecimal position, BigDecimal need, boolean reorder,
        BigDecimal proposedQuantity, BigDecimal daysOfCover, List<Step> explanation) {

    /** One step of the computation: a stable code and the sentence a buyer reads. */
    public record Step(String code, String text) {
    }

    /** The key of the proposal for an item at a warehouse: stable across runs, since it is the same need. */
    public static String key(UUID itemId, UUID warehouseId) {
        return "PLAN:" + warehouseId + ":" + itemId;
    }
}
