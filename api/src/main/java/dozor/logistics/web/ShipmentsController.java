package dozor.logistics.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

import dozor.logistics.CarrierTracking;
import dozor.logistics.CarrierView;
import dozor.logistics.Commands.Dispatch;
import dozor.logistics.Commands.LineRequest;
import dozor.logistics.Commands.NewShipment;
import dozor.logistics.Commands.StatusReport;
import dozor.logistics.ShipmentKind;
import dozor.logistics.ShipmentStatus;
import dozor.logistics.ShipmentView;
import dozor.logistics.Shipments;
import dozor.logistics.StatusEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Логистика: отгрузки", description = "Shipments to and from customers and between warehouses")
class ShipmentsController {

    private final Shipments shipments;

    private final CarrierTracking tracking;

    ShipmentsController(Shipments shipments, CarrierTracking tracking) {
        this.shipments = shipments;
        this.tracking = tracking;
    }

    @GetMapping("/api/v1/logistics/carriers")
    List<CarrierView> carriers() {
        return shipments.carriers();
    }

    @PostMapping("/api/v1/logistics/shipments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a shipment (to a customer, from a customer, or a transfer between warehouses)")
    ShipmentView plan(@Valid @RequestBody ShipmentBody b) {
        return shipments.plan(new NewShipment(b.kind(), b.requestId(), b.purchaseOrderId(), b.fromWarehouseId(),
                b.toWarehouseId(), b.address(), b.recipient(), b.recipientPhone(), b.carrier(), b.trackingNumber(),
                b.route(), b.plannedDate(), b.replacesId(), b.returnOfId(),
                b.lines().stream().map(l -> new LineRequest(l.itemId(), l.quantity(), l.serial())).toList()));
    }

    @GetMapping("/api/v1/logistics/shipments")
    List<ShipmentView> list(@RequestParam(required = false) UUID requestId,
            @RequestParam(required = false) ShipmentStatus status,
            @RequestParam(required = false) LocalDate plannedDate,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return shipments.shipments(requestId, status, plannedDate, limit);
    }

    @GetMapping("/api/v1/logistics/shipments/{id}")
    ShipmentView shipment(@PathVariable UUID id) {
        return shipments.shipment(id);
    }

    @GetMapping("/api/v1/logistics/shipments/{id}/history")
    @Operation(summary = "Every status the shipment had: when, and whether a user or the carrier's webhook said so")
    List<StatusEntry> history(@PathVariable UUID id) {
        return shipments.history(id);
    }

    @GetMapping("/api/v1/logistics/shipments/{id}/reshipments")
    @Operation(summary = "The shipments that ship this one again (replacesId = id), the newest first")
    List<ShipmentView> reshipments(@PathVariable UUID id) {
        return shipments.reshipments(id);
    }

    @GetMapping("/api/v1/logistics/shipments/{id}/carrier-reports")
    @Operation(summary = "The carrier's tracking reports for the shipment, with what each did")
    List<CarrierTracking.Report> reports(@PathVariable UUID id) {
        return tracking.reports(id);
    }

    @PostMapping("/api/v1/logistics/shipments/{id}/dispatch")
    @Operation(summary = "Hand to the carrier: to a customer posts SHIPMENT movements, a transfer dispatches the "
            + "stock transfer (409 insufficient-stock, nothing written, when the stock is not there)")
    ShipmentView dispatch(@PathVariable UUID id, @Valid @RequestBody(required = false) DispatchBody b) {
        return shipments.dispatch(id, b == null ? new Dispatch(null, null) : new Dispatch(b.trackingNumber(), b.at()));
    }

    @PostMapping("/api/v1/logistics/shipments/{id}/status")
    @Operation(summary = "Report a status: IN_TRANSIT, DELIVERED, FAILED, RETURNED, or CANCELLED before dispatch")
    ShipmentView status(@PathVariable UUID id, @Valid @RequestBody StatusBody b) {
        return shipments.report(id, new StatusReport(b.status(), b.at(), b.note()));
    }

    @PostMapping("/api/v1/logistics/shipments/{id}/receive")
    @Operation(summary = "Take into the warehouse what a pickup, a customer return, a returned shipment or a "
            + "transfer brought (RETURN_FROM_CUSTOMER / TRANSFER_IN)")
    ShipmentView receive(@PathVariable UUID id) {
        return shipments.receive(id);
    }

    record LineBody(@NotNull UUID itemId, @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
            @Size(max = 100) String serial) {
    }

    record ShipmentBody(@NotNull ShipmentKind kind, UUID requestId, UUID purchaseOrderId, UUID fromWarehouseId,
            UUID toWarehouseId, @Size(max = 500) String address, @Size(max = 200) String recipient,
            @Size(max = 50) String recipientPhone, @NotNull @Size(max = 40) String carrier,
            @Size(max = 100) String trackingNumber, @Size(max = 200) String route, @NotNull LocalDate plannedDate,
            UUID replacesId, UUID returnOfId, @NotEmpty @Size(max = 100) List<@Valid @NotNull LineBody> lines) {
    }

    record DispatchBody(@Size(max = 100) String trackingNumber, Instant at) {
    }

    record StatusBody(@NotNull ShipmentStatus status, Instant at, @Size(max = 1000) String note) {
    }
}
