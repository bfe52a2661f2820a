package dozor.logistics;

import java.time.Instant;
import java.util.UUID;

/**
 * A swap (подменный фонд): the pool's unit with the customer while the customer's own unit is repaired. OPEN until
 * the repaired unit has left for the customer and the swap unit is back in the pool; {@code daysOut} counts from
 * opening to closing (or to today).
 */
public record SwapView(UUID id, UUID requestId, UUID swapItemId, String swapSerial, UUID poolWarehouseId,
        UUID customerItemId, String customerSerial, UUID repairWarehouseId, String status, Instant openedAt,
        Instant closedAt, long daysOut, UUID replacementShipmentId, UUID pickupShipmentId, UUID repairedShipmentId,
        UUID poolReturnShipmentId) {
}
