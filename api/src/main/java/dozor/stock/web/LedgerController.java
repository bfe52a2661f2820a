package dozor.stock.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dozor.stock.BalanceView;
import dozor.stock.Commands.NewMovement;
import dozor.stock.Commands.NewTransfer;
import dozor.stock.MovementKind;
import dozor.stock.MovementView;
import dozor.stock.SerialHistory;
import dozor.stock.StockLedger;
import dozor.stock.TransferView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Склад: движения", description = "The stock ledger: movements, transfers, balances, serial history")
class LedgerController {

    private final StockLedger ledger;

    LedgerController(StockLedger ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/api/v1/stock/movements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a movement: receipt, issue to a task, return from work, write-off, inventory "
            + "adjustment, shipment to or return from a customer; quantity is positive, the kind gives the direction")
    MovementView record(@Valid @RequestBody MovementBody body) {
        return ledger.record(new NewMovement(body.kind(), body.itemId(), body.warehouseId(), body.quantity(),
                body.unitCost(), body.serial(), body.requestId(), body.taskId(), body.reason()));
    }

    @PostMapping("/api/v1/stock/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Dispatch a transfer: the stock leaves the source now and is in transit until received")
    TransferView dispatch(@Valid @RequestBody TransferBody body) {
        return ledger.dispatch(new NewTransfer(body.itemId(), body.fromWarehouseId(), body.toWarehouseId(),
                body.quantity(), body.serial()));
    }

    @PostMapping("/api/v1/stock/transfers/{id}/receive")
    TransferView receive(@PathVariable UUID id) {
        return ledger.receive(id);
    }

    @GetMapping("/api/v1/stock/transfers")
    List<TransferView> transfers(@RequestParam(required = false) UUID warehouseId,
            @RequestParam(required = false) @Pattern(regexp = "IN_TRANSIT|RECEIVED") String status,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return ledger.transfers(warehouseId, status, limit);
    }

    @GetMapping("/api/v1/stock/balances")
    @Operation(summary = "On hand, reserved, available (on hand − reserved), in transit and moving average cost")
    List<BalanceView> balances(@RequestParam(required = false) UUID itemId,
            @RequestParam(required = false) UUID warehouseId,
            @RequestParam(defaultValue = "false") boolean nonZero,
            @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        return ledger.balances(itemId, warehouseId, nonZero, limit);
    }

    @GetMapping("/api/v1/stock/items/{id}/movements")
    @Operation(summary = "An item's ledger, newest first")
    List<MovementView> movements(@PathVariable UUID id, @RequestParam(required = false) UUID warehouseId,
            @RequestParam(defaultValue = "200") @Min(1) @Max(5000) int limit) {
        return ledger.movements(id, warehouseId, limit);
    }

    @GetMapping("/api/v1/stock/items/{id}/serials/{serial}")
    @Operation(summary = "Where a serial-tracked unit is and every movement it made")
    SerialHistory serial(@PathVariable UUID id, @PathVariable @Size(max = 100) String serial) {
        return ledger.serialHistory(id, serial);
    }

    record MovementBody(@NotNull MovementKind kind, @NotNull UUID itemId, @NotNull UUID warehouseId,
            @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
            @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal unitCost, @Size(max = 100) String serial,
            UUID requestId, UUID taskId, @Size(max = 1000) String reason) {
    }

    record TransferBody(@NotNull UUID itemId, @NotNull UUID fromWarehouseId, @NotNull UUID toWarehouseId,
            @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
            @Size(max = 100) String serial) {
    }
}
