package dozor.stock;

import java.time.Instant;
import java.util.UUID;

/** A catalogue item (номенклатура). */
public record ItemView(UUID id, String sku, String name, ItemCategory category, UnitOfMeasure unit,
        boolean serialTracked, AbcClass abcClass, UUID supplierId, Instant createdAt) {
}
