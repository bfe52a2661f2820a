package dozor.stock;

import java.util.List;
import java.util.UUID;

/** Where a serial-tracked unit is now, and every movement it made, oldest first. */
public record SerialHistory(UUID itemId, String serial, String status, UUID warehouseId, List<MovementView> movements) {
}
