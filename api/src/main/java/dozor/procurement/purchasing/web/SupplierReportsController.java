package dozor.procurement.purchasing.web;

import java.util.List;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.procurement.purchasing.LateLine;
import dozor.procurement.purchasing.SupplierPerformance;
import dozor.procurement.purchasing.SupplierReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@Validated
@Tag(name = "Закупки: сроки и поставщики", description = "Late deliveries and supplier performance")
class SupplierReportsController {

    private final SupplierReports reports;

    SupplierReportsController(SupplierReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/procurement/late-orders")
    @Operation(summary = "Open order lines past their expected date, with days late")
    List<LateLine> late(@RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        return reports.late(limit);
    }

    @GetMapping("/api/v1/procurement/supplier-performance")
    @Operation(summary = "Per supplier over the last days: on-time %, mean delay in days, defect %")
    List<SupplierPerformance> performance(@RequestParam(defaultValue = "90") @Min(1) @Max(366) int days) {
        return reports.performance(days);
    }
}
