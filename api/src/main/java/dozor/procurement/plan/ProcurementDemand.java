package dozor.procurement.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.procurement.plan.DemandEntry.Source;
import dozor.procurement.plan.internal.DemandRows;
import dozor.procurement.plan.internal.PlanData;

/**
 * What procurement has to buy, by source: open reservation shortfalls by warehouse and request (project), and the
 * reorder plan's proposals. A proposal already contains the warehouse's shortfalls (they are part of its need), so
 * the two are views of the same need, not amounts to add up.
 */
@Service
public class ProcurementDemand {

    private final DemandRows rows;

    private final PlanData data;

    private final ReorderPlans plans;

    ProcurementDemand(DemandRows rows, PlanData data, ReorderPlans plans) {
        this.rows = rows;
        this.data = data;
        this.plans = plans;
    }

    /**
     * Shortfalls of the warehouse and/or request; plan proposals of the warehouse (of every warehouse without one),
     * unless a request is asked for — the plan serves warehouses, not requests.
     */
    @Transactional(readOnly = true)
    public List<DemandEntry> demand(UUID warehouseId, UUID requestId) {
        if (warehouseId != null && !data.warehouseExists(warehouseId)) {
            throw PlanException.notFound("Склад " + warehouseId + " не найден");
        }
        List<DemandEntry> entries = new ArrayList<>(rows.openShortfalls(warehouseId, requestId));
        if (requestId == null) {
            for (UUID warehouse : warehouseId == null ? data.warehouses() : List.of(warehouseId)) {
                for (PlanLine line : plans.compute(warehouse, null)) {
                    if (line.proposedQuantity().signum() > 0) {
                        entries.add(proposal(line));
                    }
                }
            }
        }
        return entries;
    }

    private static DemandEntry proposal(PlanLine line) {
        String why = line.explanation().stream().filter(s -> s.code().equals("proposal")).findFirst()
                .map(PlanLine.Step::text).orElse("");
        return new DemandEntry(Source.REORDER_PLAN, line.itemId(), line.sku(), line.name(), line.warehouseId(), null,
                null, null, null, line.planLineKey(), line.proposedQuantity(), line.onOrder().max(BigDecimal.ZERO),
                null, why);
    }
}
