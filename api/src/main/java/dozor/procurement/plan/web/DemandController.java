package dozor.procurement.plan.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.procurement.plan.DemandEntry;
import dozor.procurement.plan.ProcurementDemand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Закупки: потребность", description = "Open shortfalls and plan proposals, by source")
class DemandController {

    private final ProcurementDemand demand;

    DemandController(ProcurementDemand demand) {
        this.demand = demand;
    }

    @GetMapping("/api/v1/procurement/demand")
    @Operation(summary = "Open reservation shortfalls by warehouse and request, and the plan's proposals")
    List<DemandEntry> demand(@RequestParam(required = false) UUID warehouseId,
            @RequestParam(required = false) UUID requestId) {
        return demand.demand(warehouseId, requestId);
    }
}
