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

    public record ReservationRequest(UUID taskId, UUID warehouseId, List<Line> lines) {

        public record Line(UUID itemId, BigDecimal quantity) {
        }
    }

    /** What a reservation request got: reserved from stock, and the shortfall recorded as demand. */
    public record ReservationOutcome(List<ReservationView> reservations, List<DemandView> demands) {
    }
}
