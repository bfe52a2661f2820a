package dozor.procurement.plan.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.procurement.plan.PlanLine;
import dozor.procurement.plan.ReorderPlans;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Закупки: план пополнения", description = "The explained reorder plan")
class PlanController {

    private final ReorderPlans plans;

    PlanController(ReorderPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/procurement/plan")
    @Operation(summary = "The reorder plan of a warehouse: every item it has to do with, each figure explained")
    List<PlanLine> plan(@RequestParam UUID warehouseId,
            @RequestParam(defaultValue = "false") boolean proposalsOnly) {
        List<PlanLine> lines = plans.plan(warehouseId);
        return proposalsOnly ? lines.stream().filter(l -> l.proposedQuantity().signum() > 0).toList() : lines;
    }

    @GetMapping("/api/v1/procurement/plan/items/{itemId}")
    @Operation(summary = "The reorder plan line of one item at a warehouse")
    PlanLine item(@PathVariable UUID itemId, @RequestParam UUID warehouseId) {
        return plans.planItem(warehouseId, itemId);
    }
}
