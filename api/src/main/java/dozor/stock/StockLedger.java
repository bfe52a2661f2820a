package dozor.stock;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.security.CurrentUser;
import dozor.requests.ServiceRequestManagement;
import dozor.shared.Ids;
import dozor.stock.Commands.NewMovement;
import dozor.stock.Commands.NewTransfer;
import dozor.stock.internal.Balances;
import dozor.stock.internal.BatchPostings;
import dozor.stock.internal.Items;
import dozor.stock.internal.Movements;
import dozor.stock.internal.Postings;
import dozor.stock.internal.Postings.Posting;
import dozor.stock.internal.SerialUnits;
import dozor.stock.internal.Transfers;
import dozor.stock.internal.Warehouses;
import dozor.work.WorkManagement;
import dozor.work.WorkTaskView;

/**
 * The public API of the stock ledger. Every change of stock is a movement; on hand is the sum of an item's movements
 * in a warehouse and is never edited. A movement that would take more than is available is refused whole (409), also
 * when callers race for the last unit: the balance row is locked for the length of each posting.
 */
@Service
public class StockLedger {

    private static final Set<String> KEEPERS = Set.of("ADMIN", "WAREHOUSE");

    private final Items items;

    private final Warehouses warehouses;

    private final Balances balances;

    private final Movements movements;

    private final SerialUnits serials;

    private final Transfers transfers;

    private final Postings postings;

    private final BatchPostings batchPostings;

    private final WorkManagement work;

    private final ServiceRequestManagement requests;

    private final AuditLog audit;

    private final Clock clock;

    StockLedger(Items items, Warehouses warehouses, Balances balances, Movements movements, SerialUnits serials,
            Transfers transfers, Postings postings, BatchPostings batchPostings, WorkManagement work, ServiceRequestManagement requests,
            AuditLog audit, Clock clock) {
        this.items = items;
        this.warehouses = warehouses;
        this.balances = balances;
        this.movements = movements;
        this.serials = serials;
        this.transfers = transfers;
        this.postings = postings;
        this.batchPostings = batchPostings;
        this.work = work;
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a receipt, issue, return, write-off, inventory adjustment, shipment or customer return. */
    @Transactional
    public MovementView record(NewMovement m) {
        return post(m);
    }

    /**
     * Records up to {@link #BATCH_LIMIT} movements in order, in one transaction: all of them or, when one is refused,
     * none (the refusal names the line, {@code movements[i].field}). Each is an ordinary movement with its own ledger
     * line, audit record and event (opening balances from a spreadsheet, a day's issues typed offline).
     */
    @Transactional
    public List<MovementView> recordAll(List<NewMovement> batch) {
        if (batch == null || batch.isEmpty()) {
            throw StockException.invalid("movements", "Нет ни одного движения");
        }
        if (batch.size() > BATCH_LIMIT) {
            throw StockException.invalid("movements", "Не больше " + BATCH_LIMIT + " движений за раз");
        }
        // A batch names few items and warehouses many times: each is looked up once.
        java.util.Map<UUID, ItemView> known = new java.util.HashMap<>();
        Set<UUID> knownWarehouses = new java.util.HashSet<>();
        List<Posting> lines = new java.util.ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            try {
                lines.add(posting(batch.get(i), known, knownWarehouses));
            }
            catch (StockException ex) {
                // Lines are refused in order, as if posted one by one: a shortage on an earlier line comes first.
                postAll(lines);
                throw ex.atLine("movements[" + i + "]");
            }
        }
        return postAll(lines);
    }

    /** The batch path when it can take the lines (no serial units), else line by line. */
    private List<MovementView> postAll(List<Posting> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        if (BatchPostings.takes(lines)) {
            try {
                return batchPostings.postAll(lines);
            }
            catch (BatchPostings.Refused refused) {
                throw refused.refusal().atLine("movements[" + refused.line() + "]");
            }
        }
        List<MovementView> recorded = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            try {
                recorded.add(postings.post(lines.get(i)));
            }
            catch (StockException ex) {
                throw ex.atLine("movements[" + i + "]");
            }
        }
        return recorded;
    }

    /** The most movements {@link #recordAll} takes at once. */
    public static final int BATCH_LIMIT = 1000;

    private MovementView post(NewMovement m) {
        return postings.post(posting(m, new java.util.HashMap<>(), new java.util.HashSet<>()));
    }

    /** Checks a movement as given (who, kind, reason, cost, item, warehouse, task) and turns it into a posting. */
    private Posting posting(NewMovement m, java.util.Map<UUID, ItemView> known, Set<UUID> knownWarehouses) {
        Set<String> roles = CurrentUser.roles();
        if (roles.stream().noneMatch(KEEPERS::contains)
                && !(roles.contains("LOGISTICS") && MovementKind.LOGISTICS.contains(m.kind()))) {
            throw StockException.forbidden("Движение " + m.kind() + " оформляет склад");
        }
        if (m.kind() == MovementKind.TRANSFER_OUT || m.kind() == MovementKind.TRANSFER_IN) {
            throw StockException.invalid("kind",
                    "Перемещение оформляется отправкой и приёмкой (/api/v1/stock/transfers)");
        }
        if (MovementKind.WITH_REASON.contains(m.kind()) && (m.reason() == null || m.reason().isBlank())) {
            throw StockException.invalid("reason", "Укажите причину");
        }
        if (m.kind() == MovementKind.RECEIPT && m.unitCost() == null) {
            throw StockException.invalid("unitCost", "Укажите цену поступления за единицу");
        }
        if (!m.kind().incoming() && m.unitCost() != null) {
            throw StockException.invalid("unitCost", "Расход списывается по средней себестоимости; цену не указывают");
        }
        if ((m.kind() == MovementKind.ISSUE_TO_WORK || m.kind() == MovementKind.RETURN_FROM_WORK)
                && m.taskId() == null) {
            throw StockException.invalid("taskId",
                    "Укажите задачу, для которой выдаются или с которой возвращаются запчасти");
        }
        ItemView item = m.itemId() != null && known.containsKey(m.itemId()) ? known.get(m.itemId())
                : item(m.itemId(), "itemId");
        known.put(item.id(), item);
        if (!knownWarehouses.contains(m.warehouseId())) {
            warehouse(m.warehouseId(), "warehouseId");
            knownWarehouses.add(m.warehouseId());
        }
        UUID requestId = requestOf(m.taskId(), m.requestId());
        return new Posting(item, m.warehouseId(), m.kind(), m.quantity(), m.unitCost(), blankToNull(m.serial()),
                requestId, m.taskId(), null, blankToNull(m.reason()), false);
    }

    /** Sends stock to another warehouse: it leaves the source now and is in transit until received. */
    @Transactional
    public TransferView dispatch(NewTransfer t) {
        if (t.fromWarehouseId() != null && t.fromWarehouseId().equals(t.toWarehouseId())) {
            throw StockException.invalid("toWarehouseId", "Склад назначения совпадает со складом отправки");
        }
        ItemView item = item(t.itemId(), "itemId");
        warehouse(t.fromWarehouseId(), "fromWarehouseId");
        warehouse(t.toWarehouseId(), "toWarehouseId");
        UUID id = Ids.newId();
        MovementView out = postings.post(new Posting(item, t.fromWarehouseId(), MovementKind.TRANSFER_OUT,
                t.quantity(), null, blankToNull(t.serial()), null, null, id, null, false));
        TransferView transfer = new TransferView(id, item.id(), t.fromWarehouseId(), t.toWarehouseId(),
                out.quantity().negate(), out.serial(), out.unitCost(), "IN_TRANSIT", out.at(), out.actor(), null, null);
        transfers.insert(transfer);
        audit.record("STOCK_TRANSFER_DISPATCHED", "StockTransfer", id.toString(), null, transfer);
        return transfer;
    }

    /** The destination takes in a transfer, at the cost it left the source with. */
    @Transactional
    public TransferView receive(UUID transferId) {
        TransferView t = transfers.lock(transferId)
                .orElseThrow(() -> StockException.notFound("Перемещение " + transferId + " не найдено"));
        if (!"IN_TRANSIT".equals(t.status())) {
            throw StockException.conflict("Перемещение уже принято");
        }
        postings.post(new Posting(items.find(t.itemId()).orElseThrow(), t.toWarehouseId(), MovementKind.TRANSFER_IN,
                t.quantity(), t.unitCost(), t.serial(), null, null, t.id(), null, false));
        Instant now = clock.instant();
        String actor = AuditLog.currentActor();
        transfers.received(t.id(), actor, now);
        TransferView received = new TransferView(t.id(), t.itemId(), t.fromWarehouseId(), t.toWarehouseId(),
                t.quantity(), t.serial(), t.unitCost(), "RECEIVED", t.dispatchedAt(), t.dispatchedBy(), now, actor);
        audit.record("STOCK_TRANSFER_RECEIVED", "StockTransfer", t.id().toString(), t, received);
        return received;
    }

    @Transactional(readOnly = true)
    public List<TransferView> transfers(UUID warehouseId, String status, int limit) {
        return transfers.find(warehouseId, status, limit);
    }

    @Transactional(readOnly = true)
    public List<BalanceView> balances(UUID itemId, UUID warehouseId, boolean nonZeroOnly, int limit) {
        return balances.find(itemId, warehouseId, nonZeroOnly, limit);
    }

    @Transactional(readOnly = true)
    public List<MovementView> movements(UUID itemId, UUID warehouseId, int limit) {
        items.find(itemId).orElseThrow(() -> StockException.notFound("Номенклатура " + itemId + " не найдена"));
        return movements.ofItem(itemId, warehouseId, limit);
    }

    /** A serial-tracked unit's whereabouts and history: received, issued to request Y, shipped, returned… */
    @Transactional(readOnly = true)
    public SerialHistory serialHistory(UUID itemId, String serial) {
        SerialUnits.Place place = serials.find(itemId, serial).orElseThrow(
                () -> StockException.notFound("Единица " + serial + " этой номенклатуры не встречалась"));
        return new SerialHistory(itemId, serial, place.status(), place.warehouseId(),
                movements.ofSerial(itemId, serial));
    }

    private ItemView item(UUID id, String field) {
        if (id == null) {
            throw StockException.invalid(field, "Укажите номенклатуру");
        }
        return items.find(id).orElseThrow(() -> StockException.invalid(field, "Номенклатура " + id + " не найдена"));
    }

    private void warehouse(UUID id, String field) {
        if (id == null) {
            throw StockException.invalid(field, "Укажите склад");
        }
        warehouses.find(id).orElseThrow(() -> StockException.invalid(field, "Склад " + id + " не найден"));
    }

    /** The request a movement serves: the task's, which a given request id must agree with. */
    private UUID requestOf(UUID taskId, UUID requestId) {
        if (taskId != null) {
            WorkTaskView task = work.task(taskId)
                    .orElseThrow(() -> StockException.invalid("taskId", "Задача " + taskId + " не найдена"));
            if (requestId != null && !requestId.equals(task.requestId())) {
                throw StockException.invalid("requestId", "Задача относится к другой заявке");
            }
            return task.requestId();
        }
        if (requestId != null && requests.find(requestId).isEmpty()) {
            throw StockException.invalid("requestId", "Заявка " + requestId + " не найдена");
        }
        return requestId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
