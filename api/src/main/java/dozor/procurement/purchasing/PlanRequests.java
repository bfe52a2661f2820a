package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.procurement.plan.PlanLine;
import dozor.procurement.plan.ReorderPlans;
import dozor.procurement.suppliers.SupplierItemView;
import dozor.procurement.suppliers.Suppliers;

/**
 * Demand → purchase request: the reorder plan's proposals for a warehouse become one DRAFT purchase request, each
 * line carrying its proposal's key ({@code PLAN:<warehouseId>:<itemId>}), the plan's supplier and that supplier's
 * price as the estimate (in the price list's currency, converted to BYN by the request). The plan counts such lines as on order, so running it again proposes nothing more for the
 * same need: the same demand is never raised twice.
 */
@Service
public class PlanRequests {

    private final ReorderPlans plans;

    private final Suppliers suppliers;

    private final PurchaseRequests requests;

    PlanRequests(ReorderPlans plans, Suppliers suppliers, PurchaseRequests requests) {
        this.plans = plans;
        this.suppliers = suppliers;
        this.requests = requests;
    }

    /** The proposals of {@code warehouseId} (all, or only the given items) as a draft request; 409 when none. */
    @Transactional
    public PurchaseRequestView raise(UUID warehouseId, Set<UUID> itemIds) {
        List<PurchaseRequests.NewLine> lines = new ArrayList<>();
        for (PlanLine line : plans.plan(warehouseId)) {
            if (line.proposedQuantity().signum() <= 0 || (itemIds != null && !itemIds.isEmpty()
                    && !itemIds.contains(line.itemId()))) {
                continue;
            }
            java.util.Optional<SupplierItemView> offer = line.supplierId() == null ? java.util.Optional.empty()
                    : suppliers.offers(line.itemId()).stream()
                            .filter(o -> o.supplierId().equals(line.supplierId()))
                            .min(Comparator.comparing(SupplierItemView::price));
            BigDecimal price = offer.map(SupplierItemView::price).orElse(BigDecimal.ZERO);
            String currency = offer.map(SupplierItemView::currency).orElse(null);
            lines.add(new PurchaseRequests.NewLine(line.itemId(), line.proposedQuantity(), price, line.supplierId(),
                    null, line.planLineKey(), currency));
        }
        if (lines.isEmpty()) {
            throw PurchasingException.conflict("План не предлагает закупок для этого склада: всё уже есть, заказано "
                    + "или запрошено");
        }
        return requests.create(warehouseId, "По плану пополнения", lines);
    }
}
