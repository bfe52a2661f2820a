package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.events.procurement.GoodsReceived;
import dozor.events.procurement.GoodsReturnedToSupplier;
import dozor.events.procurement.PurchaseOrderStatusChanged;
import dozor.finance.rates.ExchangeRates;
import dozor.procurement.purchasing.internal.Orders;
import dozor.procurement.purchasing.internal.Requests;
import dozor.procurement.purchasing.internal.Suppliers;
import dozor.shared.Ids;
import dozor.stock.Catalogue;
import dozor.stock.Commands.NewMovement;
import dozor.stock.ItemView;
import dozor.stock.MovementKind;
import dozor.stock.MovementView;
import dozor.stock.StockLedger;
import dozor.stock.StockReservations;

/**
 * The public API of deliveries against purchase orders. What arrives is inspected: the accepted quantity is posted
 * to the stock ledger as a RECEIPT at the order line's price converted to BYN at the official rate of the receipt
 * day (the ledger's costs are BYN; the order keeps its currency and price), in the same transaction; the rejected quantity stays
 * out of stock and may be sent back. Accepted stock found defective later goes back as a WRITE_OFF. More than was
 * ordered is never received.
 */
@Service
public class GoodsReceipts {

    static final Set<String> RECEIVERS = Set.of("ADMIN", "WAREHOUSE");

    private final Orders orders;

    private final Requests requests;

    private final Suppliers suppliers;

    private final Catalogue catalogue;

    private final StockLedger ledger;

    private final StockReservations reservations;

    private final AuditLog audit;

    private final Outbox outbox;

    private final Clock clock;

    private final ExchangeRates rates;

    GoodsReceipts(Orders orders, Requests requests, Suppliers suppliers, Catalogue catalogue, StockLedger ledger,
            StockReservations reservations, AuditLog audit, Outbox outbox, Clock clock, ExchangeRates rates) {
        this.rates = rates;
        this.orders = orders;
        this.requests = requests;
        this.suppliers = suppliers;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.reservations = reservations;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A delivery: accepted and rejected quantities (their sum arrived), the reason of a rejection, the serials. */
    public record Delivery(BigDecimal accepted, BigDecimal rejected, String rejectReason, List<String> serials) {
    }

    @Transactional
    public ReceiptView receive(UUID orderId, UUID lineId, Delivery d) {
        PurchaseRequests.requireRole(RECEIVERS, "Поступление принимает склад");
        BigDecimal accepted = d.accepted() == null ? BigDecimal.ZERO : d.accepted();
        BigDecimal rejected = d.rejected() == null ? BigDecimal.ZERO : d.rejected();
        if (accepted.signum() < 0) {
            throw PurchasingException.invalid("accepted", "Количество не может быть отрицательным");
        }
        if (rejected.signum() < 0) {
            throw PurchasingException.invalid("rejected", "Количество не может быть отрицательным");
        }
        BigDecimal received = accepted.add(rejected);
        if (received.signum() == 0) {
            throw PurchasingException.invalid("accepted", "Укажите принятое или отклонённое количество");
        }
        String reason = PurchaseRequests.blankToNull(d.rejectReason());
        if (rejected.signum() > 0 && reason == null) {
            throw PurchasingException.invalid("rejectReason", "Укажите причину отказа при приёмке");
        }
        PurchaseOrderView order = orders.lock(orderId)
                .orElseThrow(() -> PurchasingException.notFound("Заказ " + orderId + " не найден"));
        PurchaseOrderView.Line line = line(order, lineId);
        if (!Set.of("SENT", "PARTIALLY_RECEIVED").contains(order.status())) {
            throw PurchasingException.conflict("Заказ " + order.number() + " в статусе " + order.status()
                    + "; принимать можно по отправленному поставщику заказу");
        }
        if (received.compareTo(line.outstanding()) > 0) {
            throw PurchasingException.conflict("По строке заказано " + plain(line.quantity()) + ", уже поступило "
                    + plain(line.receivedQty()) + "; принять ещё " + plain(received) + " нельзя");
        }
        ItemView item = catalogue.item(line.itemId());
        List<String> serials = d.serials() == null ? List.of()
                : d.serials().stream().map(PurchaseRequests::blankToNull).filter(s -> s != null).toList();
        if (item.serialTracked() && accepted.signum() > 0) {
            if (accepted.stripTrailingZeros().scale() > 0 || serials.size() != accepted.intValueExact()) {
                throw PurchasingException.invalid("serials",
                        "Для «" + item.name() + "» укажите серийный номер каждой принятой единицы");
            }
            if (new HashSet<>(serials).size() != serials.size()) {
                throw PurchasingException.invalid("serials", "Серийные номера повторяются");
            }
        }
        else if (!serials.isEmpty()) {
            throw PurchasingException.invalid("serials", "«" + item.name() + "» учитывается без серийных номеров");
        }
        Instant now = clock.instant();
        // The ledger's costs are BYN: a foreign price is converted at the receipt day's official rate (4 decimals,
        // half up), and without a rate for that day nothing is received.
        BigDecimal unitCost = rates.toByn(line.price(), order.currency(), ExchangeRates.dayOf(now),
                ExchangeRates.COST_SCALE);
        String reasonText = "Поступление по заказу " + order.number();
        List<UUID> movements = new ArrayList<>();
        if (accepted.signum() > 0) {
            if (item.serialTracked()) {
                for (String serial : serials) {
                    movements.add(post(item, line, BigDecimal.ONE, unitCost, serial, reasonText).id());
                }
            }
            else {
                movements.add(post(item, line, accepted, unitCost, null, reasonText).id());
            }
        }
        String actor = AuditLog.currentActor();
        boolean complete = line.receivedQty().add(received).compareTo(line.quantity()) >= 0;
        orders.received(line.id(), accepted, rejected, complete ? now : null);
        ReceiptView receipt = new ReceiptView(Ids.newId(), orderId, line.id(), received, accepted, rejected, reason,
                serials, movements, actor, now, null, false, unitCost);
        orders.insertReceipt(receipt);

        UUID demandId = line.requestLineId() == null ? null
                : requests.ownerOf(line.requestLineId()).map(Requests.LineOwner::demandId).orElse(null);
        // The shortfall is covered once as much as it asked for has been accepted against its line.
        BigDecimal acceptedInAll = line.acceptedQty().add(accepted);
        boolean covered = demandId != null && reservations.demand(demandId)
                .filter(dm -> "OPEN".equals(dm.status()) && acceptedInAll.compareTo(dm.quantity()) >= 0).isPresent()
                && reservations.cover(demandId);

        PurchaseOrderView after = orders.find(orderId).orElseThrow();
        String status = after.lines().stream().allMatch(l -> l.receivedQty().compareTo(l.quantity()) >= 0)
                ? "RECEIVED" : "PARTIALLY_RECEIVED";
        if (!status.equals(order.status())) {
            orders.status(orderId, status, null, "RECEIVED".equals(status) ? now : null);
            outbox.append(new PurchaseOrderStatusChanged(Ids.newId(), now, PurchaseOrderStatusChanged.CURRENT_VERSION,
                    orderId, order.number(), order.supplierId(), order.currency(), order.expectedDate(),
                    order.status(), status, actor));
        }
        ReceiptView result = new ReceiptView(receipt.id(), orderId, line.id(), received, accepted, rejected, reason,
                serials, movements, actor, now, status, covered, unitCost);
        audit.record("PURCHASE_GOODS_RECEIVED", "PurchaseOrder", orderId.toString(), order,
                orders.find(orderId).orElseThrow());
        outbox.append(new GoodsReceived(Ids.newId(), now, GoodsReceived.CURRENT_VERSION, receipt.id(), orderId,
                line.id(), order.supplierId(), line.itemId(), line.warehouseId(), received, accepted, rejected,
                line.price(), order.currency(), demandId, actor, unitCost));
        return result;
    }

    /**
     * Sends goods back to the supplier. {@code REJECTED}: what failed inspection (never in stock, so no movement);
     * {@code ACCEPTED}: stock found defective after it was taken in, written off with «Возврат поставщику …».
     */
    @Transactional
    public ReturnView giveBack(UUID orderId, UUID lineId, BigDecimal quantity, String source, String reason,
            String serial) {
        PurchaseRequests.requireRole(RECEIVERS, "Возврат поставщику оформляет склад");
        if (quantity == null || quantity.signum() <= 0) {
            throw PurchasingException.invalid("quantity", "Количество должно быть больше нуля");
        }
        if (!"REJECTED".equals(source) && !"ACCEPTED".equals(source)) {
            throw PurchasingException.invalid("source", "Укажите, что возвращается: REJECTED или ACCEPTED");
        }
        String why = PurchaseRequests.blankToNull(reason);
        if (why == null) {
            throw PurchasingException.invalid("reason", "Укажите причину возврата");
        }
        PurchaseOrderView order = orders.lock(orderId)
                .orElseThrow(() -> PurchasingException.notFound("Заказ " + orderId + " не найден"));
        PurchaseOrderView.Line line = line(order, lineId);
        BigDecimal pool = "REJECTED".equals(source) ? line.rejectedQty() : line.acceptedQty();
        BigDecimal left = pool.subtract(orders.returnedFrom(lineId, source));
        if (quantity.compareTo(left) > 0) {
            throw PurchasingException.conflict(("REJECTED".equals(source) ? "Отклонено при приёмке" : "Принято")
                    + " и ещё не возвращено " + plain(left) + "; вернуть " + plain(quantity) + " нельзя");
        }
        UUID movement = null;
        if ("ACCEPTED".equals(source)) {
            String supplier = suppliers.find(order.supplierId()).map(Suppliers.Supplier::name).orElse("");
            MovementView m = ledger.record(new NewMovement(MovementKind.WRITE_OFF, line.itemId(), line.warehouseId(),
                    quantity, null, serial, null, null,
                    "Возврат поставщику «" + supplier + "» по заказу " + order.number() + ": " + why));
            movement = m.id();
        }
        Instant now = clock.instant();
        String actor = AuditLog.currentActor();
        ReturnView r = new ReturnView(Ids.newId(), orderId, lineId, quantity, source, why, movement, actor, now);
        orders.insertReturn(r);
        orders.returned(lineId, quantity);
        audit.record("PURCHASE_GOODS_RETURNED", "PurchaseOrder", orderId.toString(), null, r);
        outbox.append(new GoodsReturnedToSupplier(Ids.newId(), now, GoodsReturnedToSupplier.CURRENT_VERSION, r.id(),
                orderId, lineId, order.supplierId(), line.itemId(), quantity, source, why, movement, actor));
        return r;
    }

    private MovementView post(ItemView item, PurchaseOrderView.Line line, BigDecimal quantity, BigDecimal unitCost,
            String serial, String reason) {
        return ledger.record(new NewMovement(MovementKind.RECEIPT, item.id(), line.warehouseId(), quantity,
                unitCost, serial, null, null, reason));
    }

    private static PurchaseOrderView.Line line(PurchaseOrderView order, UUID lineId) {
        return order.lines().stream().filter(l -> l.id().equals(lineId)).findFirst().orElseThrow(
                () -> PurchasingException.notFound("Строка " + lineId + " в заказе " + order.number() + " не найдена"));
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
