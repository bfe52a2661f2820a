package dozor.logistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.events.logistics.ShipmentPlanned;
import dozor.events.logistics.ShipmentStatusChanged;
import dozor.logistics.Commands.Dispatch;
import dozor.logistics.Commands.LineRequest;
import dozor.logistics.Commands.NewShipment;
import dozor.logistics.Commands.StatusReport;
import dozor.logistics.internal.ShipmentRows;
import dozor.logistics.internal.SwapRows;
import dozor.requests.ServiceRequestManagement;
import dozor.shared.Ids;
import dozor.stock.Catalogue;
import dozor.stock.Commands.NewMovement;
import dozor.stock.Commands.NewTransfer;
import dozor.stock.ItemView;
import dozor.stock.MovementKind;
import dozor.stock.StockException;
import dozor.stock.StockLedger;
import dozor.stock.TransferView;
import dozor.stock.WarehouseView;

/**
 * The public API of shipments (отгрузки). Stock moves with the shipment, in the same transaction as its status:
 * dispatching to a customer posts {@code SHIPMENT} movements, a transfer leaves through the ledger's stock transfer,
 * receiving what a customer sent back posts {@code RETURN_FROM_CUSTOMER}. A refusal of the ledger (not enough stock,
 * the unit is elsewhere) refuses the whole action: nothing is written.
 */
@Service
public class Shipments {

    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    /** How far back a clerk may record that something happened. */
    static final Duration BACKDATING = Duration.ofDays(30);

    static final int MAX_LINES = 100;

    private final ShipmentRows rows;

    private final SwapRows swaps;

    private final StockLedger ledger;

    private final Catalogue catalogue;

    private final ServiceRequestManagement requests;

    private final AuditLog audit;

    private final Outbox outbox;

    private final Clock clock;

    Shipments(ShipmentRows rows, SwapRows swaps, StockLedger ledger, Catalogue catalogue,
            ServiceRequestManagement requests, AuditLog audit, Outbox outbox, Clock clock) {
        this.rows = rows;
        this.swaps = swaps;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.requests = requests;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CarrierView> carriers() {
        return rows.carriers();
    }

    /** Plans a shipment: nothing moves yet; the stock leaves when it is dispatched. */
    @Transactional
    public ShipmentView plan(NewShipment c) {
        return plan(c, null);
    }

    @Transactional
    ShipmentView plan(NewShipment c, UUID swapId) {
        if (c.kind() == null) {
            throw LogisticsException.invalid("kind", "Укажите вид отгрузки");
        }
        String carrier = carrier(c.carrier());
        if (c.plannedDate() == null) {
            throw LogisticsException.invalid("plannedDate", "Укажите дату отгрузки");
        }
        switch (c.kind().direction()) {
            case TO_CUSTOMER -> {
                warehouse(c.fromWarehouseId(), "fromWarehouseId");
                required(c.address(), "address", "Укажите адрес доставки");
                if (c.toWarehouseId() != null) {
                    throw LogisticsException.invalid("toWarehouseId", "Отгрузка клиенту идёт на адрес, не на склад");
                }
            }
            case FROM_CUSTOMER -> {
                warehouse(c.toWarehouseId(), "toWarehouseId");
                required(c.address(), "address", "Укажите адрес, откуда забрать");
                if (c.fromWarehouseId() != null) {
                    throw LogisticsException.invalid("fromWarehouseId", "Забор у клиента идёт с адреса, не со склада");
                }
            }
            case BETWEEN_WAREHOUSES -> {
                warehouse(c.fromWarehouseId(), "fromWarehouseId");
                warehouse(c.toWarehouseId(), "toWarehouseId");
                if (c.fromWarehouseId().equals(c.toWarehouseId())) {
                    throw LogisticsException.invalid("toWarehouseId", "Склад назначения совпадает со складом отправки");
                }
            }
        }
        if (c.requestId() != null && requests.find(c.requestId()).isEmpty()) {
            throw LogisticsException.invalid("requestId", "Заявка " + c.requestId() + " не найдена");
        }
        if (c.requestId() == null && (c.kind() == ShipmentKind.REPAIRED_DEVICE || c.kind() == ShipmentKind.PICKUP
                || c.kind() == ShipmentKind.SWAP_REPLACEMENT)) {
            throw LogisticsException.invalid("requestId", "Отгрузка вида " + c.kind() + " относится к заявке");
        }
        String tracking = blankToNull(c.trackingNumber());
        if (tracking != null && rows.trackingTaken(carrier, tracking, null)) {
            throw LogisticsException.invalid("trackingNumber", "Трек-номер " + tracking + " уже есть у другой отгрузки");
        }
        if (c.replacesId() != null) {
            ShipmentView replaced = rows.find(c.replacesId()).orElseThrow(
                    () -> LogisticsException.invalid("replacesId", "Отгрузка " + c.replacesId() + " не найдена"));
            if (replaced.status() != ShipmentStatus.FAILED && replaced.status() != ShipmentStatus.RETURNED) {
                throw LogisticsException.invalid("replacesId",
                        "Повторно отправляют только недоставленную или возвращённую отгрузку");
            }
            if (!c.kind().toCustomer() || !replaced.kind().toCustomer()) {
                throw LogisticsException.invalid("replacesId", "Повторная отправка бывает только клиенту");
            }
            if (rows.replaced(replaced.id())) {
                throw LogisticsException.invalid("replacesId", "Эту отгрузку уже отправляют повторно");
            }
        }
        if (c.returnOfId() != null) {
            ShipmentView original = rows.find(c.returnOfId()).orElseThrow(
                    () -> LogisticsException.invalid("returnOfId", "Отгрузка " + c.returnOfId() + " не найдена"));
            if (c.kind() != ShipmentKind.CUSTOMER_RETURN || original.status() != ShipmentStatus.DELIVERED
                    || !original.kind().toCustomer()) {
                throw LogisticsException.invalid("returnOfId",
                        "Возврат клиента ссылается на доставленную ему отгрузку");
            }
        }
        List<ShipmentView.Line> lines = lines(c.lines());
        Instant now = clock.instant();
        ShipmentView s = new ShipmentView(Ids.newId(), rows.nextNumber(LocalDate.ofInstant(now, MINSK).getYear()),
                c.kind(), c.requestId(), c.purchaseOrderId(), c.fromWarehouseId(), c.toWarehouseId(),
                blankToNull(c.address()), blankToNull(c.recipient()), blankToNull(c.recipientPhone()), carrier,
                tracking, blankToNull(c.route()), c.plannedDate(), ShipmentStatus.PLANNED, c.replacesId(),
                c.returnOfId(), swapId, AuditLog.currentActor(), now, null, null, null, now, lines);
        rows.insert(s);
        rows.history(s.id(), new StatusEntry(ShipmentStatus.PLANNED, now, "USER", s.createdBy(), null, null));
        audit.record("SHIPMENT_PLANNED", "Shipment", s.id().toString(), null, s);
        outbox.append(new ShipmentPlanned(Ids.newId(), now, ShipmentPlanned.CURRENT_VERSION, s.id(), s.number(),
                s.kind().name(), s.requestId(), carrier, tracking, s.plannedDate().toString(), s.fromWarehouseId(),
                s.toWarehouseId(), s.replacesId(), swapId, s.createdBy()));
        return s;
    }

    /** Hands the shipment to the carrier; what goes to a customer or another warehouse leaves the stock now. */
    @Transactional
    public ShipmentView dispatch(UUID id, Dispatch d) {
        ShipmentView s = locked(id);
        if (s.status() != ShipmentStatus.PLANNED) {
            throw LogisticsException.conflict("Отгрузка " + s.number() + " уже " + s.status().russian());
        }
        Instant at = when(d.at(), null, "at");
        String tracking = blankToNull(d.trackingNumber());
        if (tracking != null && !tracking.equals(s.trackingNumber())) {
            if (rows.trackingTaken(s.carrier(), tracking, s.id())) {
                throw LogisticsException.invalid("trackingNumber",
                        "Трек-номер " + tracking + " уже есть у другой отгрузки");
            }
            rows.tracking(s.id(), tracking);
            s = rows.find(id).orElseThrow();
        }
        for (ShipmentView.Line line : s.lines()) {
            switch (s.kind().direction()) {
                case TO_CUSTOMER -> ledger.record(new NewMovement(MovementKind.SHIPMENT, line.itemId(),
                        s.fromWarehouseId(), line.quantity(), null, line.serial(), s.requestId(), null,
                        "Отгрузка " + s.number()));
                case BETWEEN_WAREHOUSES -> {
                    TransferView t = ledger.dispatch(new NewTransfer(line.itemId(), s.fromWarehouseId(),
                            s.toWarehouseId(), line.quantity(), line.serial()));
                    rows.lineTransfer(s.id(), line.lineNo(), t.id());
                }
                case FROM_CUSTOMER -> {
                    // the carrier takes it at the customer's; it enters our stock when the warehouse receives it
                }
            }
        }
        return move(s, ShipmentStatus.DISPATCHED, at, "USER", AuditLog.currentActor(), null, null);
    }

    /** A status reported by a user: on the way, delivered, failed, returned, or cancelled before dispatch. */
    @Transactional
    public ShipmentView report(UUID id, StatusReport r) {
        if (r.status() == null) {
            throw LogisticsException.invalid("status", "Укажите статус");
        }
        ShipmentView s = locked(id);
        if (r.status() == ShipmentStatus.CANCELLED) {
            if (s.status() != ShipmentStatus.PLANNED) {
                throw LogisticsException.conflict("Отменить можно только не отправленную отгрузку");
            }
            return move(s, ShipmentStatus.CANCELLED, clock.instant(), "USER", AuditLog.currentActor(), null,
                    blankToNull(r.note()));
        }
        if (r.status() == ShipmentStatus.DISPATCHED || r.status() == ShipmentStatus.PLANNED) {
            throw LogisticsException.invalid("status", "Отправка оформляется действием «отправить»");
        }
        if (!s.status().movesOnTo(r.status())) {
            throw LogisticsException.conflict("Отгрузка " + s.number() + " " + s.status().russian()
                    + ": отметить её как «" + r.status().russian() + "» нельзя");
        }
        Instant at = when(r.at(), s.statusAt(), "at");
        return move(s, r.status(), at, "USER", AuditLog.currentActor(), null, blankToNull(r.note()));
    }

    /**
     * The warehouse takes in what came back: a pickup or a customer return (posted as {@code RETURN_FROM_CUSTOMER}),
     * a shipment the carrier returned (back into the warehouse it left), or a transfer (through the ledger).
     */
    @Transactional
    public ShipmentView receive(UUID id) {
        ShipmentView s = locked(id);
        if (s.receivedAt() != null) {
            throw LogisticsException.conflict("Отгрузка " + s.number() + " уже принята на склад");
        }
        boolean returned = s.kind().toCustomer() && s.status() == ShipmentStatus.RETURNED;
        boolean arriving = !s.kind().toCustomer() && (s.status() == ShipmentStatus.DISPATCHED
                || s.status() == ShipmentStatus.IN_TRANSIT || s.status() == ShipmentStatus.DELIVERED);
        if (!returned && !arriving) {
            throw LogisticsException.conflict("Отгрузка " + s.number() + " " + s.status().russian()
                    + ": принимать на склад нечего");
        }
        for (ShipmentView.Line line : s.lines()) {
            if (s.kind() == ShipmentKind.TRANSFER) {
                ledger.receive(line.transferId());
            }
            else {
                ledger.record(new NewMovement(MovementKind.RETURN_FROM_CUSTOMER, line.itemId(),
                        returned ? s.fromWarehouseId() : s.toWarehouseId(), line.quantity(), null, line.serial(),
                        s.requestId(), null, "Отгрузка " + s.number()));
            }
        }
        Instant now = clock.instant();
        rows.received(s.id(), now);
        if (arriving && s.status() != ShipmentStatus.DELIVERED) {
            move(s, ShipmentStatus.DELIVERED, now, "USER", AuditLog.currentActor(), null, "Принято на склад");
        }
        audit.record("SHIPMENT_RECEIVED", "Shipment", s.id().toString(), s, rows.find(id).orElseThrow());
        closeSwap(s);
        return rows.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public ShipmentView shipment(UUID id) {
        return rows.find(id).orElseThrow(() -> LogisticsException.notFound("Отгрузка " + id + " не найдена"));
    }

    @Transactional(readOnly = true)
    public List<StatusEntry> history(UUID id) {
        shipment(id);
        return rows.historyOf(id);
    }

    /** The re-shipments of a shipment (the one that replaces it, and any cancelled before), the newest first. */
    @Transactional(readOnly = true)
    public List<ShipmentView> reshipments(UUID id) {
        shipment(id);
        return rows.reshipmentsOf(id);
    }

    @Transactional(readOnly = true)
    public List<ShipmentView> shipments(UUID requestId, ShipmentStatus status, LocalDate plannedDate, int limit) {
        return rows.find(requestId, status, plannedDate, limit);
    }

    /** Writes the new status, its history line, the audit record and the event; the caller holds the lock. */
    ShipmentView move(ShipmentView s, ShipmentStatus to, Instant at, String source, String actor,
            String carrierStatus, String note) {
        rows.status(s.id(), to, at, new StatusEntry(to, at, source, actor, carrierStatus, note));
        ShipmentView after = rows.find(s.id()).orElseThrow();
        audit.record("SHIPMENT_" + to.name(), "Shipment", s.id().toString(), s, after);
        outbox.append(new ShipmentStatusChanged(Ids.newId(), at, ShipmentStatusChanged.CURRENT_VERSION, s.id(),
                s.kind().name(), s.requestId(), s.carrier(), after.trackingNumber(), s.status().name(), to.name(),
                source, carrierStatus, actor));
        closeSwap(after);
        return after;
    }

    ShipmentView locked(UUID id) {
        return rows.lock(id).orElseThrow(() -> LogisticsException.notFound("Отгрузка " + id + " не найдена"));
    }

    private void closeSwap(ShipmentView s) {
        if (s.swapId() != null && swaps.closeIfDone(s.swapId(), clock.instant())) {
            audit.record("SWAP_CLOSED", "Swap", s.swapId().toString(), null, s.swapId());
        }
    }

    /** When something happened: now, or a reported moment not in the future, not too old, not before {@code after}. */
    private Instant when(Instant reported, Instant after, String field) {
        Instant now = clock.instant();
        if (reported == null) {
            return after != null && after.isAfter(now) ? after : now;
        }
        if (reported.isAfter(now.plusSeconds(60))) {
            throw LogisticsException.invalid(field, "Время не может быть в будущем");
        }
        if (reported.isBefore(now.minus(BACKDATING))) {
            throw LogisticsException.invalid(field, "Не раньше чем за " + BACKDATING.toDays() + " дней");
        }
        if (after != null && reported.isBefore(after)) {
            throw LogisticsException.invalid(field, "Время раньше предыдущего статуса отгрузки");
        }
        return reported;
    }

    private String carrier(String code) {
        if (code == null || code.isBlank()) {
            throw LogisticsException.invalid("carrier", "Укажите перевозчика");
        }
        CarrierView carrier = rows.carrier(code.strip())
                .orElseThrow(() -> LogisticsException.invalid("carrier", "Перевозчик " + code + " не известен"));
        if (!carrier.active()) {
            throw LogisticsException.invalid("carrier", "Перевозчик " + carrier.name() + " не работает с нами");
        }
        return carrier.code();
    }

    WarehouseView warehouse(UUID id, String field) {
        if (id == null) {
            throw LogisticsException.invalid(field, "Укажите склад");
        }
        return catalogue.warehouses(null).stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> LogisticsException.invalid(field, "Склад " + id + " не найден"));
    }

    private List<ShipmentView.Line> lines(List<LineRequest> requested) {
        if (requested == null || requested.isEmpty()) {
            throw LogisticsException.invalid("lines", "Укажите, что отгружается");
        }
        if (requested.size() > MAX_LINES) {
            throw LogisticsException.invalid("lines", "Не больше " + MAX_LINES + " строк");
        }
        List<ShipmentView.Line> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            LineRequest l = requested.get(i);
            String field = "lines[" + i + "]";
            if (l == null || l.itemId() == null) {
                throw LogisticsException.invalid(field + ".itemId", "Укажите номенклатуру");
            }
            ItemView item;
            try {
                item = catalogue.item(l.itemId());
            }
            catch (StockException ex) {
                throw LogisticsException.invalid(field + ".itemId", "Номенклатура " + l.itemId() + " не найдена");
            }
            if (l.quantity() == null || l.quantity().signum() <= 0) {
                throw LogisticsException.invalid(field + ".quantity", "Количество должно быть больше нуля");
            }
            String serial = blankToNull(l.serial());
            if (item.serialTracked() && (serial == null || l.quantity().compareTo(BigDecimal.ONE) != 0)) {
                throw LogisticsException.invalid(field + ".serial",
                        "«" + item.name() + "» отгружается по одной единице с серийным номером");
            }
            if (!item.serialTracked() && serial != null) {
                throw LogisticsException.invalid(field + ".serial", "«" + item.name() + "» учитывается без серийных номеров");
            }
            lines.add(new ShipmentView.Line(i + 1, item.id(), l.quantity(), serial, null));
        }
        return lines;
    }

    private static void required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw LogisticsException.invalid(field, message);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
