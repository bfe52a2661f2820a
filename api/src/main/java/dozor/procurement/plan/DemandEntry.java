package dozor.procurement.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One need procurement has to meet, with its source: a reservation's open shortfall ({@code RESERVATION_SHORTFALL},
 * for a request's task) or a reorder plan proposal ({@code REORDER_PLAN}). {@code requested} is what open purchase
 * requests and orders already cover of it (the shortfall's own request line; for a proposal, the plan's on order).
 */
public record DemandEntry(Source source, UUID itemId, String sku, String name, UUID warehouseId,
        String warehouseCode, UUID requestId, UUID taskId, UUID demandId, String planLineKey, BigDecimal quantity,
        BigDecimal requested, Instant since, String note) {

    public enum Source {
        RESERVATION_SHORTFALL, REORDER_PLAN
    }
}
