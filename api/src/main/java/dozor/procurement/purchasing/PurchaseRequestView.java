package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A purchase request (заявка на закупку) with its lines; {@code amount} is the estimate in BYN. A line estimated from
 * a foreign price list keeps that price as {@code originalPrice} in {@code originalCurrency}; its
 * {@code estimatedPrice} is the BYN one (at the official rate of the day the request was made).
 */
public record PurchaseRequestView(UUID id, String number, UUID warehouseId, String status, BigDecimal amount,
        String reason, String createdBy, Instant createdAt, String decidedBy, Instant decidedAt, String decisionNote,
        List<Line> lines) {

    public record Line(UUID id, UUID itemId, BigDecimal quantity, BigDecimal estimatedPrice, UUID supplierId,
            UUID demandId, BigDecimal orderedQty, String planLineKey, BigDecimal originalPrice,
            String originalCurrency) {
    }
}
