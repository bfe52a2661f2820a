package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A purchase order to one supplier (заказ поставщику) with its lines and what has arrived of each; {@code totals}
 * (null where nobody asked for them, e.g. in the audit) is its sum in its currency and in BYN.
 */
public record PurchaseOrderView(UUID id, String number, UUID supplierId, UUID contractId, String status,
        String currency, LocalDate expectedDate, String createdBy, Instant createdAt, Instant sentAt, List<Line> lines,
        Totals totals) {

    public PurchaseOrderView(UUID id, String number, UUID supplierId, UUID contractId, String status,
            String currency, LocalDate expectedDate, String createdBy, Instant createdAt, Instant sentAt,
            List<Line> lines) {
        this(id, number, supplierId, contractId, status, currency, expectedDate, createdBy, createdAt, sentAt, lines,
                null);
    }

    /**
     * Σ quantity × price in the order's currency, and the same in BYN at the official rate of the order's day
     * ({@code rateDate}: the publication used, the latest on or before it; {@code rate} BYN per {@code scale}
     * units); both rounded half up to kopecks. A BYN order has no rate; without one for a foreign order the BYN
     * total is null and {@code rateMissing} true.
     */
    public record Totals(BigDecimal total, BigDecimal totalByn, LocalDate rateDate, BigDecimal rate, Integer scale,
            boolean rateMissing) {
    }

    public PurchaseOrderView withTotals(Totals t) {
        return new PurchaseOrderView(id, number, supplierId, contractId, status, currency, expectedDate, createdBy,
                createdAt, sentAt, lines, t);
    }

    public record Line(UUID id, UUID requestLineId, UUID itemId, UUID warehouseId, BigDecimal quantity,
            BigDecimal price, LocalDate expectedDate, BigDecimal receivedQty, BigDecimal acceptedQty,
            BigDecimal rejectedQty, BigDecimal returnedQty, Instant completedAt) {

        /** What may still arrive against this line. */
        public BigDecimal outstanding() {
            return quantity.subtract(receivedQty);
        }
    }
}
