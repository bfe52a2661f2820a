package dozor.sla.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.sla.SlaFigures;
import dozor.sla.SlaLookup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@Tag(name = "SLA")
class SlaController {

    private final SlaLookup sla;

    SlaController(SlaLookup sla) {
        this.sla = sla;
    }

    @GetMapping("/api/v1/sla/metrics")
    @Operation(summary = "Live share closed within SLA, mean and p90 business time per target and department leg")
    List<SlaFigures> metrics(@RequestParam(defaultValue = "30") @Min(1) @Max(366) int days) {
        return sla.figures(days);
    }
}
