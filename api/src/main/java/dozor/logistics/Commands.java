package dozor.logistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What callers ask of logistics; checked by the web layer's validation and again by the domain. */
public final class Commands {

    private Commands() {
    }

    public record LineRequest(UUID itemId, BigDecimal quantity, String serial) {
    }

    /**
     * A shipment to plan. To a customer: from a warehouse to an address; from a customer: from an address to a
     * warehouse; a transfer: between two warehouses. {@code replacesId} names the failed or returned shipment this
     * one ships again; {@code returnOfId} the delivered shipment whose goods a customer return brings back.
     */
    public record NewShipment(ShipmentKind kind, UUID requestId, UUID purchaseOrderId, UUID fromWarehouseId,
            UUID toWarehouseId, String address, String recipient, String recipientPhone, String carrier,
            String trackingNumber, String route, LocalDate plannedDate, UUID replacesId, UUID returnOfId,
            List<LineRequest> lines) {
    }

    /** Handing a shipment to the carrier; {@code at} when that happened, if recorded afterwards. */
    public record Dispatch(String trackingNumber, Instant at) {
    }

    /** A status reported by a user (for a courier of our own, or a carrier's call); {@code at} when it happened. */
    public record StatusReport(ShipmentStatus status, Instant at, String note) {
    }

    /**
     * A swap for a request: the pool's unit goes to the customer while the customer's unit is picked up to the repair
     * line.
     */
    public record NewSwap(UUID requestId, UUID swapItemId, String swapSerial, UUID poolWarehouseId,
            UUID customerItemId, String customerSerial, UUID repairWarehouseId, String address, String recipient,
            String recipientPhone, String carrier, LocalDate plannedDate) {
    }

    /** Shipping the repaired unit back and fetching the swap unit, on one day by one carrier. */
    public record SwapReturn(String carrier, LocalDate plannedDate) {
    }
}
