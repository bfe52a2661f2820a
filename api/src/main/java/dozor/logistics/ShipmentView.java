package dozor.logistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A shipment as callers see it, with its lines. */
public record ShipmentView(UUID id, String number, ShipmentKind kind, UUID requestId, UUID purchaseOrderId,
        UUID fromWarehouseId, UUID toWarehouseId, String address, String recipient, String recipientPhone,
        String carrier, String trackingNumber, String route, LocalDate plannedDate, ShipmentStatus status,
        UUID replacesId, UUID returnOfId, UUID swapId, String createdBy, Instant createdAt, Instant dispatchedAt,
        Instant deliveredAt, Instant receivedAt, Instant statusAt, List<Line> lines) {

    /** An item, its quantity and (for a serial-tracked item) the unit; a transfer's line names its stock transfer. */
    public record Line(int lineNo, UUID itemId, BigDecimal quantity, String serial, UUID transferId) {
    }

    public ShipmentView withLines(List<Line> lines) {
        return new ShipmentView(id, number, kind, requestId, purchaseOrderId, fromWarehouseId, toWarehouseId, address,
                recipient, recipientPhone, carrier, trackingNumber, route, plannedDate, status, replacesId, returnOfId,
                swapId, createdBy, createdAt, dispatchedAt, deliveredAt, receivedAt, statusAt, lines);
    }
}
