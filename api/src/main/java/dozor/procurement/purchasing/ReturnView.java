package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Goods sent back to the supplier: REJECTED at inspection (no movement) or ACCEPTED stock (a WRITE_OFF). */
public record ReturnView(UUID id, UUID orderId, UUID orderLineId, BigDecimal quantity, String source, String reason,
        UUID movementId, String returnedBy, Instant returnedAt) {
}
