package dozor.procurement.purchasing.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dozor.procurement.purchasing.PurchaseRequestView;
import dozor.procurement.purchasing.PurchaseRequests;
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
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@RestController
@Validated
@Tag(name = "Закупки: заявки", description = "Purchase requests, approved by role and amount threshold")
class PurchaseRequestsController {

    private final PurchaseRequests requests;

    private final dozor.procurement.purchasing.PlanRequests planRequests;

    PurchaseRequestsController(PurchaseRequests requests, dozor.procurement.purchasing.PlanRequests planRequests) {
        this.requests = requests;
        this.planRequests = planRequests;
    }

    @PostMapping("/api/v1/procurement/requests/from-plan")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A DRAFT purchase request of the reorder plan's proposals for a warehouse (all, or the "
            + "given items); 409 when the plan proposes nothing")
    PurchaseRequestView fromPlan(@Valid @RequestBody FromPlanBody body) {
        return planRequests.raise(body.warehouseId(), body.itemIds() == null ? null : java.util.Set.copyOf(body.itemIds()));
    }

    record FromPlanBody(@NotNull UUID warehouseId, @Size(max = 500) List<@NotNull UUID> itemIds) {
    }

    @PostMapping("/api/v1/procurement/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a purchase request (DRAFT) for a warehouse; a line may cover a reservation's "
            + "shortfall (demandId), each shortfall once; a line priced in a foreign `currency` is converted to BYN "
            + "at the official rate of the day (409 without one)")
    PurchaseRequestView create(@Valid @RequestBody CreateBody body) {
        return requests.create(body.warehouseId(), body.reason(), body.lines().stream()
                .map(l -> new PurchaseRequests.NewLine(l.itemId(), l.quantity(), l.estimatedPrice(), l.supplierId(),
                        l.demandId(), l.planLineKey(), l.currency()))
                .toList());
    }

    @GetMapping("/api/v1/procurement/requests")
    List<PurchaseRequestView> list(
            @RequestParam(required = false) @Pattern(regexp = "DRAFT|SUBMITTED|APPROVED|REJECTED|ORDERED|CANCELLED")
            String status, @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return requests.list(status, limit);
    }

    @GetMapping("/api/v1/procurement/requests/{id}")
    PurchaseRequestView get(@PathVariable UUID id) {
        return requests.get(id);
    }

    @PostMapping("/api/v1/procurement/requests/{id}/submit")
    @Operation(summary = "Hand a draft in for approval (its author)")
    PurchaseRequestView submit(@PathVariable UUID id) {
        return requests.submit(id);
    }

    @PostMapping("/api/v1/procurement/requests/{id}/approve")
    @Operation(summary = "Approve: the caller's role must cover the amount (dozor.procurement.approval.thresholds); "
            + "never one's own request")
    PurchaseRequestView approve(@PathVariable UUID id, @Valid @RequestBody(required = false) NoteBody body) {
        return requests.approve(id, body == null ? null : body.note());
    }

    @PostMapping("/api/v1/procurement/requests/{id}/reject")
    @Operation(summary = "Reject with a note, by those who could approve")
    PurchaseRequestView reject(@PathVariable UUID id, @Valid @RequestBody(required = false) NoteBody body) {
        return requests.reject(id, body == null ? null : body.note());
    }

    @PostMapping("/api/v1/procurement/requests/{id}/cancel")
    @Operation(summary = "Cancel a request nothing of which is ordered")
    PurchaseRequestView cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) NoteBody body) {
        return requests.cancel(id, body == null ? null : body.note());
    }

    record CreateBody(@NotNull UUID warehouseId, @Size(max = 1000) String reason,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull LineBody> lines) {
    }

    record LineBody(@NotNull UUID itemId, @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
            @PositiveOrZero @Digits(integer = 12, fraction = 4) BigDecimal estimatedPrice, UUID supplierId,
            UUID demandId, @Size(max = 100) String planLineKey,
            @Pattern(regexp = "[A-Z]{3}") String currency) {
    }

    record NoteBody(@Size(max = 1000) String note) {
    }
}
