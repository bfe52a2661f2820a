package dozor.stock;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.events.stock.StockDemandRaised;
import dozor.events.stock.StockReservationClosed;
import dozor.events.stock.StockReserved;
import dozor.shared.Ids;
import dozor.stock.Commands.ReservationOutcome;
import dozor.stock.Commands.ReservationRequest;
import dozor.stock.internal.Balance;
import dozor.stock.internal.Balances;
import dozor.stock.internal.Items;
import dozor.stock.internal.Postings;
import dozor.stock.internal.Postings.Posting;
import dozor.stock.internal.Reservations;
import dozor.stock.internal.Warehouses;
import dozor.work.TaskKind;
import dozor.work.WorkManagement;
import dozor.work.WorkTaskView;

/**
 * The public API of reservations. When the engineer has diagnosed, the parts a task needs are reserved in a
 * warehouse: what is available is set aside at once (available = on hand − reserved), and what is not becomes demand
 * for procurement in the same transaction. A reservation is later issued to the work or released.
 */
@Service
public class StockReservations {

    private final Reservations reservations;

    private final Items items;

    private final Warehouses warehouses;

    private final Balances balances;

    private final Postings postings;

    private final WorkManagement work;

    private final AuditLog audit;

    private final Outbox outbox;

    private final Clock clock;

    StockReservations(Reservations reservations, Items items, Warehouses warehouses, Balances balances,
            Postings postings, WorkManagement work, AuditLog audit, Outbox outbox, Clock clock) {
        this.reservations = reservations;
        this.items = items;
        this.warehouses = warehouses;
        this.balances = balances;
        this.postings = postings;
        this.work = work;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ReservationOutcome reserve(ReservationRequest request) {
        WorkTaskView task = work.task(request.taskId())
                .orElseThrow(() -> StockException.invalid("taskId", "Задача " + request.taskId() + " не найдена"));
        if (!task.status().isOpen()) {
            throw StockException.conflict("Задача уже в статусе " + task.status() + "; резервировать под неё нельзя");
        }
        warehouses.find(request.warehouseId()).orElseThrow(
                () -> StockException.invalid("warehouseId", "Склад " + request.warehouseId() + " не найден"));
        List<ReservationRequest.Line> lines = checkLines(request.lines());
        Instant now = clock.instant();
        String actor = AuditLog.currentActor();
        List<ReservationView> reserved = new ArrayList<>();
        List<DemandView> demands = new ArrayList<>();
        // Balance rows are locked in one order (by item id) so that two reservations never wait on each other.
        for (ReservationRequest.Line line : lines.stream().sorted(Comparator.comparing(ReservationRequest.Line::itemId))
                .toList()) {
            Balance before = balances.lock(line.itemId(), request.warehouseId());
            BigDecimal quantity = line.quantity().setScale(Balance.QUANTITY_SCALE);
            BigDecimal taken = before.available().min(quantity).max(BigDecimal.ZERO);
            if (taken.signum() > 0) {
                Balance after = before.reserve(taken);
                balances.write(line.itemId(), request.warehouseId(), before, after);
                ReservationView r = new ReservationView(Ids.newId(), line.itemId(), request.warehouseId(), taken,
                        task.requestId(), task.id(), "ACTIVE", actor, now, null, null);
                reservations.insert(r);
                audit.record("STOCK_RESERVED", "StockReservation", r.id().toString(), null, r);
                outbox.append(new StockReserved(Ids.newId(), now, StockReserved.CURRENT_VERSION, r.id(), r.itemId(),
                        r.warehouseId(), taken, r.requestId(), r.taskId(), actor));
                reserved.add(r);
            }
            BigDecimal shortfall = quantity.subtract(taken);
            if (shortfall.signum() > 0) {
                DemandView d = new DemandView(Ids.newId(), line.itemId(), request.warehouseId(), shortfall,
                        task.requestId(), task.id(), "OPEN", actor, now);
                reservations.insertDemand(d);
                audit.record("STOCK_DEMAND_RAISED", "StockDemand", d.id().toString(), null, d);
                outbox.append(new StockDemandRaised(Ids.newId(), now, StockDemandRaised.CURRENT_VERSION, d.id(),
                        d.itemId(), d.warehouseId(), shortfall, d.requestId(), d.taskId(), actor));
                demands.add(d);
            }
        }
        UUID purchase = null;
        if (request.awaitPurchase() && !demands.isEmpty()) {
            String note = "Нет на складе: " + demands.stream().map(d -> items.find(d.itemId()).orElseThrow().sku()
                    + " × " + d.quantity().stripTrailingZeros().toPlainString()).collect(Collectors.joining(", "));
            purchase = work.requestParts(task.id(), TaskKind.PURCHASE_PARTS, note).id();
        }
        return new ReservationOutcome(reserved, demands, purchase);
    }

    /** Gives reserved stock back to available. */
    @Transactional
    public ReservationView release(UUID id) {
        ReservationView r = active(id);
        Balance before = balances.lock(r.itemId(), r.warehouseId());
        balances.write(r.itemId(), r.warehouseId(), before, before.release(r.quantity()));
        return close(r, "RELEASED");
    }

    /** Issues a reservation whole to its task; a serial-tracked item names the unit handed over. */
    @Transactional
    public MovementView issue(UUID id, String serial) {
        ReservationView r = active(id);
        ItemView item = items.find(r.itemId()).orElseThrow();
        // Closed before the issue is posted, so the events say "no longer reserved", then "left the warehouse":
        // a reader of the events never sees the quantity both reserved and gone (a false low-stock dip).
        close(r, "ISSUED");
        return postings.post(new Posting(item, r.warehouseId(), MovementKind.ISSUE_TO_WORK,
                r.quantity(), null, serial == null || serial.isBlank() ? null : serial.strip(), r.requestId(),
                r.taskId(), null, null, true));
    }

    @Transactional(readOnly = true)
    public List<ReservationView> find(UUID requestId, UUID taskId, UUID itemId, String status, int limit) {
        return reservations.find(requestId, taskId, itemId, status, limit);
    }

    @Transactional(readOnly = true)
    public List<DemandView> demands(UUID itemId, String status, int limit) {
        return reservations.demands(itemId, status, limit);
    }

    /** One shortfall of a reservation, its row locked until the caller's transaction ends. */
    @Transactional
    public java.util.Optional<DemandView> demand(UUID id) {
        return reservations.lockDemand(id);
    }

    /**
     * Procurement bought what the shortfall asked for: an OPEN demand becomes COVERED (audited); any other is left
     * as it is. Returns whether it changed.
     */
    @Transactional
    public boolean cover(UUID demandId) {
        DemandView d = reservations.lockDemand(demandId)
                .orElseThrow(() -> StockException.notFound("Потребность " + demandId + " не найдена"));
        if (!"OPEN".equals(d.status())) {
            return false;
        }
        reservations.demandStatus(d.id(), "COVERED");
        audit.record("STOCK_DEMAND_COVERED", "StockDemand", d.id().toString(), d,
                new DemandView(d.id(), d.itemId(), d.warehouseId(), d.quantity(), d.requestId(), d.taskId(),
                        "COVERED", d.createdBy(), d.createdAt()));
        // The task's last open shortfall is bought: the purchase it waits on is done and the request resumes.
        if (d.taskId() != null && reservations.openDemandsOfTask(d.taskId()) == 0) {
            work.purchasedPartsArrived(d.taskId(), "Запчасти поступили на склад");
        }
        return true;
    }

    private ReservationView active(UUID id) {
        ReservationView r = reservations.lock(id)
                .orElseThrow(() -> StockException.notFound("Резерв " + id + " не найден"));
        if (!"ACTIVE".equals(r.status())) {
            throw StockException.conflict("Резерв уже закрыт (" + r.status() + ")");
        }
        return r;
    }

    private ReservationView close(ReservationView r, String status) {
        Instant now = clock.instant();
        String actor = AuditLog.currentActor();
        reservations.close(r.id(), status, actor, now);
        ReservationView closed = new ReservationView(r.id(), r.itemId(), r.warehouseId(), r.quantity(), r.requestId(),
                r.taskId(), status, r.createdBy(), r.createdAt(), actor, now);
        audit.record("STOCK_RESERVATION_" + status, "StockReservation", r.id().toString(), r, closed);
        outbox.append(new StockReservationClosed(Ids.newId(), now, StockReservationClosed.CURRENT_VERSION, r.id(),
                r.itemId(), r.warehouseId(), r.quantity(), status, actor));
        return closed;
    }

    private List<ReservationRequest.Line> checkLines(List<ReservationRequest.Line> lines) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ReservationRequest.Line line = lines.get(i);
            String field = "lines[" + i + "]";
            ItemView item = items.find(line.itemId()).orElseThrow(() -> StockException.invalid(field + ".itemId",
                    "Номенклатура " + line.itemId() + " не найдена"));
            if (!seen.add(line.itemId())) {
                throw StockException.invalid(field + ".itemId", "Номенклатура повторяется; объедините строки");
            }
            if (item.unit().whole() && line.quantity().stripTrailingZeros().scale() > 0) {
                throw StockException.invalid(field + ".quantity", "Товар в единицах " + item.unit()
                        + " считается целыми числами");
            }
        }
        return lines;
    }
}
