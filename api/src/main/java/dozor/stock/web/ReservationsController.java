package dozor.stock.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dozor.stock.Commands.ReservationOutcome;
import dozor.stock.Commands.ReservationRequest;
import dozor.stock.DemandView;
import dozor.stock.MovementView;
import dozor.stock.ReservationView;
import dozor.stock.StockReservations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Склад: резервы", description = "Reservations for requests' tasks and the demand they raise")
class ReservationsController {

    private final StockReservations reservations;

    ReservationsController(StockReservations reservations) {
        this.reservations = reservations;
    }

    @PostMapping("/api/v1/stock/reservations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reserve parts for a task: what is available is reserved, the shortfall becomes demand; "
            + "with awaitPurchase the shortfall also becomes a purchase task the task waits on (request awaits parts)")
    ReservationOutcome reserve(@Valid @RequestBody ReserveBody body) {
        return reservations.reserve(new ReservationRequest(body.taskId(), body.warehouseId(), body.lines().stream()
                .map(l -> new ReservationRequest.Line(l.itemId(), l.quantity())).toList(),
                Boolean.TRUE.equals(body.awaitPurchase())));
    }

    @GetMapping("/api/v1/stock/reservations")
    List<ReservationView> find(@RequestParam(required = false) UUID requestId,
            @RequestParam(required = false) UUID taskId, @RequestParam(required = false) UUID itemId,
            @RequestParam(required = false) @Pattern(regexp = "ACTIVE|ISSUED|RELEASED") String status,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return reservations.find(requestId, taskId, itemId, status, limit);
    }

    @DeleteMapping("/api/v1/stock/reservations/{id}")
    @Operation(summary = "Release a reservation: the quantity is available again")
    ReservationView release(@PathVariable UUID id) {
        return reservations.release(id);
    }

    @PostMapping("/api/v1/stock/reservations/{id}/issue")
    @Operation(summary = "Issue a reservation to its task (a serial-tracked item names the unit)")
    MovementView issue(@PathVariable UUID id, @Valid @RequestBody(required = false) IssueBody body) {
        return reservations.issue(id, body == null ? null : body.serial());
    }

    @GetMapping("/api/v1/stock/demands")
    List<DemandView> demands(@RequestParam(required = false) UUID itemId,
            @RequestParam(required = false) @Pattern(regexp = "OPEN|COVERED|CANCELLED") String status,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return reservations.demands(itemId, status, limit);
    }

    record ReserveBody(@NotNull UUID taskId, @NotNull UUID warehouseId,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull LineBody> lines, Boolean awaitPurchase) {
    }

    record LineBody(@NotNull UUID itemId,
            @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity) {
    }

    record IssueBody(@Size(max = 100) String serial) {
    }
}
