package dozor.stock.live;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.api.audit.AuditLog;
import dozor.stock.ReorderPointSource;
import dozor.stock.ReorderPointView;
import dozor.stock.ReorderPoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

@RestController
@Tag(name = "Склад: точки заказа", description = "Reorder points: the low-stock threshold per item and warehouse")
class ReorderPointsController {

    private final ReorderPoints points;

    ReorderPointsController(ReorderPoints points) {
        this.points = points;
    }

    @GetMapping("/api/v1/stock/reorder-points")
    List<ReorderPointView> find(@RequestParam(required = false) UUID itemId,
            @RequestParam(required = false) UUID warehouseId,
            @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        return points.find(itemId, warehouseId, limit);
    }

    @PutMapping("/api/v1/stock/reorder-points")
    @Operation(summary = "Set the reorder point of an item in a warehouse (by hand: source MANUAL); a low-stock alert "
            + "is raised when available stock falls below it")
    ReorderPointView set(@Valid @RequestBody PointBody body) {
        return points.set(body.itemId(), body.warehouseId(), body.reorderPoint(), ReorderPointSource.MANUAL,
                AuditLog.currentActor());
    }

    record PointBody(@NotNull UUID itemId, @NotNull UUID warehouseId,
            @NotNull @DecimalMin("0") @Digits(integer = 11, fraction = 3) BigDecimal reorderPoint) {
    }
}
