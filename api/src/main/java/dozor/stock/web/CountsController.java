package dozor.stock.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dozor.stock.CountSheet;
import dozor.stock.InventoryCounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Validated
@Tag(name = "Склад: инвентаризация", description = "Count sheets; differences posted as inventory adjustments")
class CountsController {

    private final InventoryCounts counts;

    CountsController(InventoryCounts counts) {
        this.counts = counts;
    }

    @PostMapping("/api/v1/stock/counts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a count sheet for a warehouse: the given items, or every non-serial item it holds, "
            + "with their book quantity now")
    CountSheet open(@Valid @RequestBody OpenBody body) {
        return counts.open(body.warehouseId(), body.itemIds(), body.note());
    }

    @GetMapping("/api/v1/stock/counts")
    List<CountSheet> recent(@RequestParam(required = false) UUID warehouseId,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return counts.recent(warehouseId, limit);
    }

    @GetMapping("/api/v1/stock/counts/{id}")
    CountSheet sheet(@PathVariable UUID id) {
        return counts.sheet(id);
    }

    @PutMapping("/api/v1/stock/counts/{id}/lines")
    @Operation(summary = "Enter counted quantities (again, to correct a miscount) while the sheet is open")
    CountSheet enter(@PathVariable UUID id, @Valid @RequestBody LinesBody body) {
        Map<UUID, BigDecimal> counted = new LinkedHashMap<>();
        body.lines().forEach(l -> counted.put(l.itemId(), l.counted()));
        return counts.enter(id, counted);
    }

    @PostMapping("/api/v1/stock/counts/{id}/post")
    @Operation(summary = "Post the differences as inventory adjustments (surplus / shortage) and close the sheet")
    CountSheet post(@PathVariable UUID id) {
        return counts.post(id);
    }

    @PostMapping("/api/v1/stock/counts/{id}/cancel")
    CountSheet cancel(@PathVariable UUID id) {
        return counts.cancel(id);
    }

    record OpenBody(@NotNull UUID warehouseId, @Size(max = 5000) List<@NotNull UUID> itemIds,
            @Size(max = 1000) String note) {
    }

    record LinesBody(@NotEmpty @Size(max = 5000) List<@Valid @NotNull Line> lines) {
    }

    record Line(@NotNull UUID itemId,
            @NotNull @DecimalMin("0") @Digits(integer = 11, fraction = 3) BigDecimal counted) {
    }
}
