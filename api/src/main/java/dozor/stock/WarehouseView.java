package dozor.stock;

import java.time.Instant;
import java.util.UUID;

/** A place where stock is kept; {@code holder} is the engineer whose van it is. */
public record WarehouseView(UUID id, String code, String name, WarehouseKind kind, String region, String holder,
        Instant createdAt) {
}
