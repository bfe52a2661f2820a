package dozor.stock.live;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dozor.stock.Commands.NewMovement;
import dozor.stock.MovementKind;
import dozor.stock.MovementView;
import dozor.stock.StockLedger;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Склад: движения", description = "The stock ledger: movements, transfers, balances, serial history")
class MovementBatchController {

    private final StockLedger ledger;

    MovementBatchController(StockLedger ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/api/v1/stock/movements/batch")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record up to 1000 movements in order, in one transaction: all or none (opening balances "
            + "from a spreadsheet); each is an ordinary movement with its own ledger line, audit record and event")
    List<MovementView> record(@Valid @RequestBody BatchBody body) {
        return ledger.recordAll(body.movements().stream().map(m -> new NewMovement(m.kind(), m.itemId(),
                m.warehouseId(), m.quantity(), m.unitCost(), m.serial(), m.requestId(), m.taskId(), m.reason()))
                .toList());
    }

    record BatchBody(@NotEmpty @Size(max = StockLedger.BATCH_LIMIT) List<@Valid @NotNull MovementBody> movements) {
    }

    record MovementBody(@NotNull MovementKind kind, @NotNull UUID itemId, @NotNull UUID warehouseId,
            @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
            @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal unitCost, @Size(max = 100) String serial,
            UUID requestId, UUID taskId, @Size(max = 1000) String reason) {
    }
}
