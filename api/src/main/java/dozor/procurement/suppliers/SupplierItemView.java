package dozor.procurement.suppliers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What a supplier sells of an item and on which terms: price, lead time, minimum order and pack size. */
public record SupplierItemView(UUID supplierId, UUID itemId, String supplierSku, BigDecimal price, String currency,
        int leadTimeDays, BigDecimal minOrderQty, BigDecimal packSize, Instant updatedAt) {
}
