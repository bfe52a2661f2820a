package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An open order line past its expected date: what is still owed and how many days late it is. */
public record LateLine(UUID orderId, String orderNumber, UUID orderLineId, UUID supplierId, String supplierName,
        UUID itemId, UUID warehouseId, BigDecimal quantity, BigDecimal receivedQty, BigDecimal outstanding,
        LocalDate expectedDate, long daysLate) {
}
