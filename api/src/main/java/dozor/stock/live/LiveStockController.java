package dozor.stock.live;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@Tag(name = "Склад: живые остатки", description = "Live stock from the streams, low-stock alerts, reconciliation")
class LiveStockController {

    private final LiveStockClient live;

    private final StockReconciliation reconciliation;

    LiveStockController(LiveStockClient live, StockReconciliation reconciliation) {
        this.live = live;
        this.reconciliation = reconciliation;
    }

    @GetMapping("/api/v1/stock/live")
    @Operation(summary = "Live on hand, reserved, available, reorder point, consumption and coverage in weeks per "
            + "item and warehouse, as the streams keep them (503 when the streams are unreachable)")
    List<LiveStockRow> live(@RequestParam(required = false) UUID warehouseId,
            @RequestParam(required = false) UUID itemId) {
        return live.levels(itemId, warehouseId);
    }

    @GetMapping("/api/v1/stock/live/alerts")
    @Operation(summary = "Rows whose available stock is below the reorder point now, the longest-standing first")
    List<LiveStockRow> alerts() {
        return live.alerts();
    }

    @GetMapping("/api/v1/stock/reconciliation")
    @Operation(summary = "Compare the ledger with the live stock now; the run is recorded and its differences returned")
    Reconciliation reconcile() {
        return reconciliation.run("API");
    }

    @GetMapping("/api/v1/stock/reconciliation/runs")
    @Operation(summary = "The latest recorded reconciliation runs, newest first")
    List<StockReconciliation.RecordedRun> runs(@RequestParam(defaultValue = "20") @Min(1) @Max(500) int limit) {
        return reconciliation.runs(limit);
    }
}
