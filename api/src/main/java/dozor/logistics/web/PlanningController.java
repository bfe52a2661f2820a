package dozor.logistics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dozor.logistics.Commands.NewSwap;
import dozor.logistics.Commands.SwapReturn;
import dozor.logistics.DayPlan;
import dozor.logistics.DeliveryPlanning;
import dozor.logistics.LogisticsMetrics;
import dozor.logistics.SwapView;
import dozor.logistics.Swaps;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Логистика: план, подмены, показатели", description = "Delivery plan, swap pool, delivery metrics")
class PlanningController {

    private final DeliveryPlanning planning;

    private final Swaps swaps;

    private final LogisticsMetrics metrics;

    PlanningController(DeliveryPlanning planning, Swaps swaps, LogisticsMetrics metrics) {
        this.planning = planning;
        this.swaps = swaps;
        this.metrics = metrics;
    }

    @GetMapping("/api/v1/logistics/plan")
    @Operation(summary = "The day's shipments (not cancelled) grouped by carrier and route")
    DayPlan plan(@RequestParam @NotNull LocalDate date) {
        return planning.plan(date);
    }

    @GetMapping(path = "/api/v1/logistics/plan/print", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The day's delivery list as a PDF to print (JasperReports)")
    ResponseEntity<byte[]> print(@RequestParam @NotNull LocalDate date) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("plan-" + date + ".pdf").build().toString())
                .body(planning.pdf(date));
    }

    @PostMapping("/api/v1/logistics/swaps")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a swap: a swap-pool unit to the customer, the customer's unit picked up to repair")
    SwapView open(@Valid @RequestBody SwapBody b) {
        return swaps.open(new NewSwap(b.requestId(), b.swapItemId(), b.swapSerial(), b.poolWarehouseId(),
                b.customerItemId(), b.customerSerial(), b.repairWarehouseId(), b.address(), b.recipient(),
                b.recipientPhone(), b.carrier(), b.plannedDate()));
    }

    @PostMapping("/api/v1/logistics/swaps/{id}/send-back")
    @Operation(summary = "Plan the repaired unit back to the customer and the swap unit back to the pool")
    SwapView sendBack(@PathVariable UUID id, @Valid @RequestBody SendBackBody b) {
        return swaps.sendBack(id, new SwapReturn(b.carrier(), b.plannedDate()));
    }

    @GetMapping("/api/v1/logistics/swaps")
    @Operation(summary = "Swaps (OPEN by default) with days out, the longest out first")
    List<SwapView> swaps(@RequestParam(defaultValue = "OPEN") @Pattern(regexp = "OPEN|CLOSED|ALL") String status,
            @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        return swaps.swaps("ALL".equals(status) ? null : status, limit);
    }

    @GetMapping("/api/v1/logistics/swaps/{id}")
    SwapView swap(@PathVariable UUID id) {
        return swaps.swap(id);
    }

    @GetMapping("/api/v1/logistics/metrics")
    @Operation(summary = "Delivery time warehouse → customer (mean, p90, hours), shares of returns and re-shipments "
            + "among shipments delivered in the last `days` days")
    LogisticsMetrics.Figures metrics(@RequestParam(defaultValue = "30") @Min(1) @Max(366) int days,
            @RequestParam(required = false) UUID fromWarehouseId) {
        return metrics.figures(days, fromWarehouseId);
    }

    record SwapBody(@NotNull UUID requestId, @NotNull UUID swapItemId, @NotNull @Size(max = 100) String swapSerial,
            @NotNull UUID poolWarehouseId, @NotNull UUID customerItemId,
            @NotNull @Size(max = 100) String customerSerial, @NotNull UUID repairWarehouseId,
            @NotNull @Size(max = 500) String address, @Size(max = 200) String recipient,
            @Size(max = 50) String recipientPhone, @NotNull @Size(max = 40) String carrier,
            @NotNull LocalDate plannedDate) {
    }

    record SendBackBody(@NotNull @Size(max = 40) String carrier, @NotNull LocalDate plannedDate) {
    }
}
