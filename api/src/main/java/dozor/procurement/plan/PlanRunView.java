package dozor.procurement.plan;

import java.time.Instant;
import java.util.UUID;

/** A recorded plan run: when, for which warehouse (null: all), how many lines and proposals it held. */
public record PlanRunView(UUID id, UUID warehouseId, Instant runAt, int historyWeeks, String trigger, String actor,
        int lines, int proposals) {
}
