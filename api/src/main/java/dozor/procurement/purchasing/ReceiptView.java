package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One delivery against an order line, as inspected; {@code movementIds} are the RECEIPT movements it posted, at
 * {@code unitCostByn} each (the line's price in BYN at the receipt day's rate).
 */
public record ReceiptView(UUID id, UUID orderId, UUID orderLineId, BigDecimal receivedQty, BigDecimal acceptedQty,
        BigDecimal rejectedQty, String rejectReason, List<String> serials, List<UUID> movementIds, String receivedBy,
        Instant receivedAt, String orderStatus, boolean demandCovered, BigDecimal unitCostByn) {
}
