package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A supplier's record over a period. {@code lines}: order lines completed in the period or due in it and still
 * open; {@code onTimePercent}: of those, fully received by their expected date; {@code meanDelayDays}: days past
 * the expected date (0 when on time; an open line counts until today); {@code defectPercent}: (rejected at
 * inspection + accepted stock returned later) / received, over the period's deliveries. Null when there is nothing
 * to divide by.
 */
public record SupplierPerformance(UUID supplierId, String supplierName, int lines, int onTimeLines,
        BigDecimal onTimePercent, BigDecimal meanDelayDays, BigDecimal receivedQty, BigDecimal rejectedQty,
        BigDecimal returnedQty, BigDecimal defectPercent) {
}
