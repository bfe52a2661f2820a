package dozor.events.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A purchase order was created (from {@code null} to DRAFT), sent to its supplier, cancelled, or partly or fully
 * received.
 */
public record PurchaseOrderStatusChanged(UUID eventId, Instant occurredAt, int version, UUID purchaseOrderId,
        String number, UUID supplierId, String currency, LocalDate expectedDate, String fromStatus, String toStatus,
        String actor) implements ProcurementEvent {

    public static final String TYPE = "PurchaseOrderStatusChanged";

    public static final int CURRENT_VERSION = 1;

    public PurchaseOrderStatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(purchaseOrderId, "purchaseOrderId");
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(toStatus, "toStatus");
    }

    @Override
    public String aggregateId() {
        return purchaseOrderId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
