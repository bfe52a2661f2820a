package dozor.stock;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What callers ask of the stock feature; checked by the web layer's validation and again by the domain. */
public final class Commands {

    private Commands() {
    }

    public record NewItem(String sku, String name, ItemCategory category, UnitOfMeasure unit, boolean serialTracked,
            AbcClass abcClass, UUID supplierId) {
    }

    public record ItemChange(String name, AbcClass abcClass, UUID supplierId) {
    }

    public record NewWarehouse(String code, String name, WarehouseKind kind, String region, String holder) {
    }

    /** {@code quantity} is positive; the kind gives the direction. */
    public record NewMovement(MovementKind kind, UUID itemId, UUID warehouseId, BigDecimal quantity,
            BigDecimal unitCost, String serial, UUID requestId, UUID taskId, String reason) {
    }

    public record NewTransfer(UUID itemId, UUID fromWarehouseId, UUID toWarehouseId, BigDecimal quantity,
            String serial) {
    }

    /**
     * Parts for a task. With {@code awaitPurchase}, a shortfall also asks procurement for a purchase the task waits
     * on (the request then awaits parts and its resolution clock pauses), as {@code POST /api/v1/tasks/{id}/parts}.
     */
    public record ReservationRequest(UUID taskId, UUID warehouseId, List<Line> lines, boolean awaitPurchase) {

        public record Line(UUID itemId, BigDecimal quantity) {
        }
    }

    /**
     * What a reservation request got: reserved from stock, the shortfall recorded as demand, and the purchase task
     * the work now waits on, if one was asked for.
     */
    public record ReservationOutcome(List<ReservationView> reservations, List<DemandView> demands,
            UUID purchaseTaskId) {
    }
}
