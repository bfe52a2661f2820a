package dozor.procurement.purchasing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
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

import dozor.procurement.purchasing.GoodsReceipts;
import dozor.procurement.purchasing.PurchaseOrderView;
import dozor.procurement.purchasing.PurchaseOrders;
import dozor.procurement.purchasing.ReceiptView;
import dozor.procurement.purchasing.ReturnView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@RestController
@Validated
@Tag(name = "Закупки: заказы и приёмка", description = "Purchase orders to suppliers, deliveries, returns")
class PurchaseOrdersController {

    private final PurchaseOrders orders;

    private final GoodsReceipts receipts;

    PurchaseOrdersController(PurchaseOrders orders, GoodsReceipts receipts) {
        this.orders = orders;
        this.receipts = receipts;
    }

    @PostMapping("/api/v1/procurement/orders/from-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Order what is not yet ordered of approved requests: one order per supplier and currency, "
            + "priced from the supplier's list, expected after its lead time")
    List<PurchaseOrderView> fromRequests(@Valid @RequestBody FromRequestsBody body) {
        return orders.fromRequests(body.requestIds());
    }

    @PostMapping("/api/v1/procurement/orders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Place an order directly (procurement)")
    PurchaseOrderView create(@Valid @RequestBody CreateBody body) {
        return orders.create(body.supplierId(), body.lines().stream()
                .map(l -> new PurchaseOrders.NewLine(l.itemId(), l.warehouseId(), l.quantity(), l.price(),
                        l.expectedDate()))
                .toList());
    }

    @GetMapping("/api/v1/procurement/orders")
    List<PurchaseOrderView> list(@RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false)
            @Pattern(regexp = "DRAFT|SENT|PARTIALLY_RECEIVED|RECEIVED|CLOSED|CANCELLED") String status,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return orders.list(supplierId, status, limit);
    }

    @GetMapping("/api/v1/procurement/orders/{id}")
    PurchaseOrderView get(@PathVariable UUID id) {
        return orders.get(id);
    }

    @GetMapping("/api/v1/procurement/orders/{id}/returns")
    List<ReturnView> returns(@PathVariable UUID id) {
        return orders.returns(id);
    }

    @PostMapping("/api/v1/procurement/orders/{id}/send")
    @Operation(summary = "Send the order to the supplier (SENT)")
    PurchaseOrderView send(@PathVariable UUID id) {
        return orders.send(id);
    }

    @PostMapping("/api/v1/procurement/orders/{id}/cancel")
    @Operation(summary = "Cancel an order nothing of which has arrived")
    PurchaseOrderView cancel(@PathVariable UUID id) {
        return orders.cancel(id);
    }

    @PostMapping("/api/v1/procurement/orders/{id}/lines/{lineId}/receipts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Receive a delivery against a line: the accepted quantity is posted to stock (RECEIPT at "
            + "the line's price), the rejected one needs a reason; never more than ordered")
    ReceiptView receive(@PathVariable UUID id, @PathVariable UUID lineId, @Valid @RequestBody ReceiptBody body) {
        return receipts.receive(id, lineId,
                new GoodsReceipts.Delivery(body.accepted(), body.rejected(), body.rejectReason(), body.serials()));
    }

    @PostMapping("/api/v1/procurement/orders/{id}/lines/{lineId}/returns")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Return goods to the supplier: REJECTED at inspection (no movement) or ACCEPTED stock "
            + "found defective (WRITE_OFF «Возврат поставщику …»)")
    ReturnView giveBack(@PathVariable UUID id, @PathVariable UUID lineId, @Valid @RequestBody ReturnBody body) {
        return receipts.giveBack(id, lineId, body.quantity(), body.source(), body.reason(), body.serial());
    }

    record FromRequestsBody(@NotEmpty @Size(max = 50) List<@NotNull UUID> requestIds) {
    }

    record CreateBody(@NotNull UUID supplierId, @NotEmpty @Size(max = 100) List<@Valid @NotNull LineBody> lines) {
    }

    record LineBody(@NotNull UUID itemId, @NotNull UUID warehouseId,
            @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
            @PositiveOrZero @Digits(integer = 12, fraction = 4) BigDecimal price, LocalDate expectedDate) {
    }

    record ReceiptBody(@PositiveOrZero @Digits(integer = 11, fraction = 3) BigDecimal accepted,
            @PositiveOrZero @Digits(integer = 11, fraction = 3) BigDecimal rejected,
            @Size(max = 1000) String rejectReason, @Size(max = 500) List<@NotBlank @Size(max = 100) String> serials) {
    }

    record ReturnBody(@NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
            @NotNull @Pattern(regexp = "REJECTED|ACCEPTED") String source, @NotBlank @Size(max = 1000) String reason,
            @Size(max = 100) String serial) {
    }
}
