package dozor.logistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.logistics.Commands.LineRequest;
import dozor.logistics.Commands.NewShipment;
import dozor.logistics.Commands.NewSwap;
import dozor.logistics.Commands.SwapReturn;
import dozor.logistics.internal.SwapRows;
import dozor.shared.Ids;
import dozor.stock.SerialHistory;
import dozor.stock.StockException;
import dozor.stock.StockLedger;
import dozor.stock.WarehouseKind;
import dozor.stock.WarehouseView;

/**
 * The swap-pool replacement flow. Opening a swap plans two shipments for the request: the pool's unit to the customer
 * ({@code SWAP_REPLACEMENT}) and the customer's unit to the repair line ({@code PICKUP}). When the pickup has been
 * received, {@link #sendBack} plans the repaired unit to the customer ({@code REPAIRED_DEVICE}) and the swap unit
 * back to the pool ({@code CUSTOMER_RETURN}). Each moves stock through the ledger like any shipment, so both units'
 * serial histories show the whole trip; the swap closes itself when the last of them is done.
 */
@Service
public class Swaps {

    private static final java.math.BigDecimal ONE = java.math.BigDecimal.ONE;

    private final SwapRows rows;

    private final Shipments shipments;

    private final StockLedger ledger;

    private final AuditLog audit;

    private final Clock clock;

    Swaps(SwapRows rows, Shipments shipments, StockLedger ledger, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.shipments = shipments;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SwapView open(NewSwap c) {
        if (c.requestId() == null) {
            throw LogisticsException.invalid("requestId", "Укажите заявку");
        }
        kind(shipments.warehouse(c.poolWarehouseId(), "poolWarehouseId"), WarehouseKind.SWAP_POOL,
                "poolWarehouseId", "Подменный аппарат берут из подменного фонда");
        kind(shipments.warehouse(c.repairWarehouseId(), "repairWarehouseId"), WarehouseKind.REPAIR_LINE,
                "repairWarehouseId", "Аппарат клиента забирают на участок ремонта");
        String swapSerial = required(c.swapSerial(), "swapSerial");
        String customerSerial = required(c.customerSerial(), "customerSerial");
        if (c.swapItemId() == null) {
            throw LogisticsException.invalid("swapItemId", "Укажите подменный аппарат");
        }
        if (c.customerItemId() == null) {
            throw LogisticsException.invalid("customerItemId", "Укажите аппарат клиента");
        }
        SerialHistory unit;
        try {
            unit = ledger.serialHistory(c.swapItemId(), swapSerial);
        }
        catch (StockException ex) {
            throw LogisticsException.invalid("swapSerial", "Единица " + swapSerial + " не числится в фонде");
        }
        if (!"IN_STOCK".equals(unit.status()) || !c.poolWarehouseId().equals(unit.warehouseId())) {
            throw LogisticsException.invalid("swapSerial", "Единица " + swapSerial + " не в этом подменном фонде");
        }
        UUID id = Ids.newId();
        ShipmentView replacement = shipments.plan(new NewShipment(ShipmentKind.SWAP_REPLACEMENT, c.requestId(), null,
                c.poolWarehouseId(), null, c.address(), c.recipient(), c.recipientPhone(), c.carrier(), null, null,
                c.plannedDate(), null, null, List.of(new LineRequest(c.swapItemId(), ONE, swapSerial))), id);
        ShipmentView pickup = shipments.plan(new NewShipment(ShipmentKind.PICKUP, c.requestId(), null, null,
                c.repairWarehouseId(), c.address(), c.recipient(), c.recipientPhone(), c.carrier(), null, null,
                c.plannedDate(), null, null, List.of(new LineRequest(c.customerItemId(), ONE, customerSerial))), id);
        SwapRows.Row row = new SwapRows.Row(id, c.requestId(), c.swapItemId(), swapSerial, c.poolWarehouseId(),
                c.customerItemId(), customerSerial, c.repairWarehouseId(), replacement.address(),
                replacement.recipient(), replacement.id(), pickup.id(), null, null, "OPEN", AuditLog.currentActor(),
                clock.instant(), null);
        try {
            rows.insert(row);
        }
        catch (org.springframework.dao.DuplicateKeyException ex) {
            throw LogisticsException.conflict("Единица " + swapSerial + " уже выдана по другой подмене");
        }
        audit.record("SWAP_OPENED", "Swap", id.toString(), null, row);
        return view(row);
    }

    /** The repaired unit goes back to the customer, and the swap unit is fetched back to the pool. */
    @Transactional
    public SwapView sendBack(UUID id, SwapReturn c) {
        SwapRows.Row row = rows.lock(id).orElseThrow(() -> LogisticsException.notFound("Подмена " + id + " не найдена"));
        if (!"OPEN".equals(row.status()) || row.repairedId() != null) {
            throw LogisticsException.conflict("Отправка назад по этой подмене уже запланирована");
        }
        if (shipments.shipment(row.pickupId()).receivedAt() == null) {
            throw LogisticsException.conflict("Аппарат клиента ещё не принят на участок ремонта");
        }
        ShipmentView replacement = shipments.shipment(row.replacementId());
        ShipmentView repaired = shipments.plan(new NewShipment(ShipmentKind.REPAIRED_DEVICE, row.requestId(), null,
                row.repairWarehouseId(), null, row.address(), row.recipient(), replacement.recipientPhone(),
                c.carrier(), null, null, c.plannedDate(), null, null,
                List.of(new LineRequest(row.customerItemId(), ONE, row.customerSerial()))), id);
        ShipmentView back = shipments.plan(new NewShipment(ShipmentKind.CUSTOMER_RETURN, row.requestId(), null, null,
                row.poolWarehouseId(), row.address(), row.recipient(), replacement.recipientPhone(), c.carrier(), null,
                null, c.plannedDate(), null, null,
                List.of(new LineRequest(row.swapItemId(), ONE, row.swapSerial()))), id);
        rows.returns(id, repaired.id(), back.id());
        SwapRows.Row after = rows.find(id).orElseThrow();
        audit.record("SWAP_SENT_BACK", "Swap", id.toString(), row, after);
        return view(after);
    }

    @Transactional(readOnly = true)
    public SwapView swap(UUID id) {
        return view(rows.find(id).orElseThrow(() -> LogisticsException.notFound("Подмена " + id + " не найдена")));
    }

    /** Swaps by status (OPEN, CLOSED or all), the longest out first. */
    @Transactional(readOnly = true)
    public List<SwapView> swaps(String status, int limit) {
        return rows.find(status, limit).stream().map(this::view).toList();
    }

    private SwapView view(SwapRows.Row r) {
        Instant until = r.closedAt() != null ? r.closedAt() : clock.instant();
        return new SwapView(r.id(), r.requestId(), r.swapItemId(), r.swapSerial(), r.poolWarehouseId(),
                r.customerItemId(), r.customerSerial(), r.repairWarehouseId(), r.status(), r.openedAt(), r.closedAt(),
                Duration.between(r.openedAt(), until).toDays(), r.replacementId(), r.pickupId(), r.repairedId(),
                r.poolReturnId());
    }

    private static void kind(WarehouseView w, WarehouseKind kind, String field, String message) {
        if (w.kind() != kind) {
            throw LogisticsException.invalid(field, message);
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw LogisticsException.invalid(field, "Укажите серийный номер");
        }
        return value.strip();
    }
}
