package dozor.procurement.plan.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dozor.procurement.plan.PlanAccuracy;
import dozor.procurement.plan.PlanRunView;
import dozor.procurement.plan.PlanRuns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Закупки: точность плана", description = "Recorded plan runs and their accuracy")
class AccuracyController {

    private final PlanRuns runs;

    AccuracyController(PlanRuns runs) {
        this.runs = runs;
    }

    @PostMapping("/api/v1/procurement/plan/runs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a plan run (its weekly forecasts) for a warehouse, or every warehouse")
    PlanRunView record(@RequestParam(required = false) UUID warehouseId) {
        return runs.record(warehouseId, PlanRuns.Trigger.MANUAL);
    }

    @GetMapping("/api/v1/procurement/plan-accuracy")
    @Operation(summary = "Planned against actual weekly consumption: 1 − Σ|actual − planned| / Σ actual")
    PlanAccuracy accuracy(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) UUID warehouseId) {
        return runs.accuracy(from, to, warehouseId);
    }
}
