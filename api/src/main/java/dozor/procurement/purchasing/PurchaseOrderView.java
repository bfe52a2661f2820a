package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A purchase order to one supplier (заказ поставщику) with its lines and what has arrived of each. */
public record PurchaseOrderView(UUID id, String number, UUID supplierId, UUID contractId, String status,
        String currency, LocalDate expectedDate, String createdBy, Instant createdAt, Instant sentAt, List<Line> lines) {

    public record Line(UUID id, UUID requestLineId, UUID itemId, UUID warehouseId, BigDecimal quantity,
            BigDecimal price, LocalDate expectedDate, BigDecimal receivedQty, BigDecimal acceptedQty,
            BigDecimal rejectedQty, BigDecimal returnedQty, Instant completedAt) {

        /** What may still arrive against this line. */
        public BigDecimal outstanding() {
            return quantity.subtract(receivedQty);
        }
    }
}
