package dozor.events.procurement;

import static com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A purchase request was created (from {@code null} to DRAFT), submitted, approved, rejected, cancelled or became
 * ORDERED. {@code amount} is the estimated amount in BYN that the approval threshold was judged on.
 */
public record PurchaseRequestStatusChanged(UUID eventId, Instant occurredAt, int version, UUID purchaseRequestId,
        String number, UUID warehouseId, String fromStatus, String toStatus,
        @JsonFormat(shape = STRING) BigDecimal amount, String actor, String note) implements ProcurementEvent {

    public static final String TYPE = "PurchaseRequestStatusChanged";

    public static final int CURRENT_VERSION = 1;

    public PurchaseRequestStatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(purchaseRequestId, "purchaseRequestId");
        Objects.requireNonNull(toStatus, "toStatus");
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String aggregateId() {
        return purchaseRequestId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
