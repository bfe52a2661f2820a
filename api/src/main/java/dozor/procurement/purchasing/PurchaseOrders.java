package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.events.procurement.PurchaseOrderStatusChanged;
import dozor.events.procurement.PurchaseRequestStatusChanged;
import dozor.finance.rates.ExchangeRates;
import dozor.procurement.purchasing.internal.Numbers;
import dozor.procurement.purchasing.internal.Orders;
import dozor.procurement.purchasing.internal.Requests;
import dozor.procurement.purchasing.internal.Suppliers;
import dozor.procurement.purchasing.internal.Suppliers.Offer;
import dozor.shared.Ids;
import dozor.shared.Minsk;
import dozor.stock.Catalogue;
import dozor.stock.ItemView;
import dozor.stock.StockException;

/**
 * The public API of purchase orders (заказы поставщикам). Approved request lines become orders grouped by supplier
 * and currency, priced from the supplier's price list, expected after its lead time, under its contract in force;
 * procurement may also order directly. An order is sent, received (see {@link GoodsReceipts}) or cancelled while
 * nothing has arrived.
 */
@Service
public class PurchaseOrders {

    static final Set<String> BUYERS = Set.of("ADMIN", "MANAGER", "PROCUREMENT");

    private final Orders orders;

    private final Requests requests;

    private final Numbers numbers;

    private final Suppliers suppliers;

    private final Catalogue catalogue;

    private final AuditLog audit;

    private final Outbox outbox;

    private final Clock clock;

    private final ExchangeRates rates;

    PurchaseOrders(Orders orders, Requests requests, Numbers numbers, Suppliers suppliers, Catalogue catalogue,
            AuditLog audit, Outbox outbox, Clock clock, ExchangeRates rates) {
        this.rates = rates;
        this.orders = orders;
        this.requests = requests;
        this.numbers = numbers;
        this.suppliers = suppliers;
        this.catalogue = catalogue;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A line of a direct order; without a price the supplier's list price, without a date today + lead time. */
    public record NewLine(UUID itemId, UUID warehouseId, BigDecimal quantity, BigDecimal price,
            LocalDate expectedDate) {
    }

    /**
     * Orders everything not yet ordered of the given approved requests: one order per supplier and currency. A line
     * names its supplier or the item's preferred one is taken; the supplier must list the item. A request fully
     * ordered becomes ORDERED.
     */
    @Transactional
    public List<PurchaseOrderView> fromRequests(List<UUID> requestIds) {
        PurchaseRequests.requireRole(BUYERS, "Заказы поставщикам оформляют закупки, руководитель или администратор");
        if (requestIds == null || requestIds.isEmpty()) {
            throw PurchasingException.invalid("requestIds", "Укажите заявки");
        }
        LocalDate today = LocalDate.now(clock.withZone(Minsk.ZONE));
        record Key(UUID supplierId, String currency) {
        }
        Map<Key, List<PurchaseOrderView.Line>> grouped = new LinkedHashMap<>();
        List<PurchaseRequestView> locked = new ArrayList<>();
        // Requests are locked in id order, so two buyers ordering overlapping sets cannot deadlock.
        for (UUID id : requestIds.stream().distinct().sorted().toList()) {
            PurchaseRequestView r = requests.lock(id).orElseThrow(
                    () -> PurchasingException.invalid("requestIds", "Заявка на закупку " + id + " не найдена"));
            if (!"APPROVED".equals(r.status())) {
                throw PurchasingException.conflict("Заявка " + r.number() + " в статусе " + r.status()
                        + "; заказывать можно только по согласованной");
            }
            locked.add(r);
            for (PurchaseRequestView.Line l : r.lines()) {
                BigDecimal remaining = l.quantity().subtract(l.orderedQty());
                if (remaining.signum() <= 0) {
                    continue;
                }
                ItemView item = catalogue.item(l.itemId());
                UUID supplierId = l.supplierId() != null ? l.supplierId() : item.supplierId();
                if (supplierId == null) {
                    throw PurchasingException.conflict("В заявке " + r.number() + " для «" + item.name()
                            + "» не указан поставщик, и у номенклатуры нет основного поставщика");
                }
                Offer offer = suppliers.offer(supplierId, l.itemId()).orElseThrow(() -> PurchasingException
                        .conflict("Поставщик не поставляет «" + item.name() + "» (нет в его прайс-листе)"));
                grouped.computeIfAbsent(new Key(supplierId, offer.currency()), k -> new ArrayList<>())
                        .add(new PurchaseOrderView.Line(Ids.newId(), l.id(), l.itemId(), r.warehouseId(), remaining,
                                offer.price(), today.plusDays(offer.leadTimeDays()), BigDecimal.ZERO,
                                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null));
            }
        }
        if (grouped.isEmpty()) {
            throw PurchasingException.conflict("По этим заявкам всё уже заказано");
        }
        List<PurchaseOrderView> created = new ArrayList<>();
        grouped.forEach((key, lines) -> created.add(create(key.supplierId(), key.currency(), lines)));
        for (PurchaseOrderView o : created) {
            for (PurchaseOrderView.Line l : o.lines()) {
                requests.addOrdered(l.requestLineId(), l.quantity());
            }
        }
        for (PurchaseRequestView r : locked) {
            PurchaseRequestView now = requests.find(r.id()).orElseThrow();
            if (now.lines().stream().allMatch(l -> l.orderedQty().compareTo(l.quantity()) >= 0)) {
                requestStatus(r, now, "ORDERED", "PURCHASE_REQUEST_ORDERED");
            }
        }
        return created.stream().map(this::valued).toList();
    }

    /** An order placed directly by procurement, not from a request. */
    @Transactional
    public PurchaseOrderView create(UUID supplierId, List<NewLine> lines) {
        PurchaseRequests.requireRole(BUYERS, "Заказы поставщикам оформляют закупки, руководитель или администратор");
        Suppliers.Supplier supplier = suppliers.find(supplierId)
                .orElseThrow(() -> PurchasingException.invalid("supplierId", "Поставщик " + supplierId + " не найден"));
        if (!supplier.active()) {
            throw PurchasingException.invalid("supplierId", "Поставщик «" + supplier.name() + "» не активен");
        }
        if (lines == null || lines.isEmpty()) {
            throw PurchasingException.invalid("lines", "Добавьте хотя бы одну строку");
        }
        LocalDate today = LocalDate.now(clock.withZone(Minsk.ZONE));
        Set<UUID> warehouses = new java.util.HashSet<>();
        catalogue.warehouses(null).forEach(w -> warehouses.add(w.id()));
        String currency = null;
        List<PurchaseOrderView.Line> checked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            NewLine l = lines.get(i);
            String field = "lines[" + i + "]";
            ItemView item = item(l.itemId(), field + ".itemId");
            if (l.warehouseId() == null || !warehouses.contains(l.warehouseId())) {
                throw PurchasingException.invalid(field + ".warehouseId", "Склад " + l.warehouseId() + " не найден");
            }
            if (l.quantity() == null || l.quantity().signum() <= 0) {
                throw PurchasingException.invalid(field + ".quantity", "Количество должно быть больше нуля");
            }
            if (item.unit().whole() && l.quantity().stripTrailingZeros().scale() > 0) {
                throw PurchasingException.invalid(field + ".quantity",
                        "Товар в единицах " + item.unit() + " считается целыми числами");
            }
            var offer = suppliers.offer(supplierId, l.itemId());
            if (l.price() == null && offer.isEmpty()) {
                throw PurchasingException.invalid(field + ".price",
                        "Поставщика нет цены на «" + item.name() + "»; укажите цену");
            }
            if (l.price() != null && l.price().signum() < 0) {
                throw PurchasingException.invalid(field + ".price", "Цена не может быть отрицательной");
            }
            if (l.expectedDate() != null && l.expectedDate().isBefore(today)) {
                throw PurchasingException.invalid(field + ".expectedDate", "Ожидаемая дата уже прошла");
            }
            String lineCurrency = l.price() == null ? offer.get().currency() : supplier.currency();
            if (currency != null && !currency.equals(lineCurrency)) {
                throw PurchasingException.invalid(field + ".price", "В одном заказе одна валюта: " + currency);
            }
            currency = lineCurrency;
            LocalDate expected = l.expectedDate() != null ? l.expectedDate()
                    : today.plusDays(offer.map(Offer::leadTimeDays).orElse(0));
            checked.add(new PurchaseOrderView.Line(Ids.newId(), null, l.itemId(), l.warehouseId(), l.quantity(),
                    l.price() != null ? l.price() : offer.get().price(), expected, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, null));
        }
        return valued(create(supplierId, currency, checked));
    }

    /** The order goes to the supplier. */
    @Transactional
    public PurchaseOrderView send(UUID id) {
        PurchaseRequests.requireRole(BUYERS, "Заказ отправляют закупки, руководитель или администратор");
        PurchaseOrderView o = locked(id);
        if (!"DRAFT".equals(o.status())) {
            throw PurchasingException.conflict("Заказ " + o.number() + " в статусе " + o.status()
                    + "; отправить можно только черновик");
        }
        Instant now = clock.instant();
        orders.status(id, "SENT", now, null);
        return valued(changed(o, "SENT", "PURCHASE_ORDER_SENT"));
    }

    /** Cancels an order nothing of which has arrived; its request lines may be ordered again. */
    @Transactional
    public PurchaseOrderView cancel(UUID id) {
        PurchaseRequests.requireRole(BUYERS, "Заказ отменяют закупки, руководитель или администратор");
        PurchaseOrderView o = locked(id);
        if (!Set.of("DRAFT", "SENT").contains(o.status())
                || o.lines().stream().anyMatch(l -> l.receivedQty().signum() > 0)) {
            throw PurchasingException.conflict("Заказ " + o.number() + " в статусе " + o.status()
                    + "; отменить можно только заказ, по которому ничего не поступило");
        }
        orders.status(id, "CANCELLED", null, clock.instant());
        for (PurchaseOrderView.Line l : o.lines().stream()
                .sorted(Comparator.comparing(PurchaseOrderView.Line::id)).toList()) {
            if (l.requestLineId() == null) {
                continue;
            }
            requests.addOrdered(l.requestLineId(), l.quantity().negate());
            UUID requestId = requests.ownerOf(l.requestLineId()).orElseThrow().requestId();
            PurchaseRequestView r = requests.lock(requestId).orElseThrow();
            if ("ORDERED".equals(r.status())) {
                requestStatus(r, r, "APPROVED", "PURCHASE_REQUEST_REOPENED");
            }
        }
        return valued(changed(o, "CANCELLED", "PURCHASE_ORDER_CANCELLED"));
    }

    @Transactional(readOnly = true)
    public PurchaseOrderView get(UUID id) {
        return valued(orders.find(id).orElseThrow(() -> PurchasingException.notFound("Заказ " + id + " не найден")));
    }

    @Transactional(readOnly = true)
    public List<PurchaseOrderView> list(UUID supplierId, String status, int limit) {
        return orders.list(supplierId, status, limit).stream().map(this::valued).toList();
    }

    /** The order with its totals in its currency and in BYN at the rate of its day (see {@code Totals}). */
    private PurchaseOrderView valued(PurchaseOrderView o) {
        BigDecimal total = o.lines().stream().map(l -> l.quantity().multiply(l.price()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rounded = total.setScale(ExchangeRates.MONEY_SCALE, java.math.RoundingMode.HALF_UP);
        if (ExchangeRates.BYN.equals(o.currency())) {
            return o.withTotals(new PurchaseOrderView.Totals(rounded, rounded, null, null, null, false));
        }
        return rates.on(o.currency(), ExchangeRates.dayOf(o.createdAt()))
                .map(r -> o.withTotals(new PurchaseOrderView.Totals(rounded,
                        r.toByn(total, ExchangeRates.MONEY_SCALE), r.rateDate(), r.rate(), r.scale(), false)))
                .orElseGet(() -> o.withTotals(new PurchaseOrderView.Totals(rounded, null, null, null, null, true)));
    }

    @Transactional(readOnly = true)
    public List<ReturnView> returns(UUID orderId) {
        get(orderId);
        return orders.returns(orderId);
    }

    private PurchaseOrderView create(UUID supplierId, String currency, List<PurchaseOrderView.Line> lines) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Minsk.ZONE);
        LocalDate expected = lines.stream().map(PurchaseOrderView.Line::expectedDate).max(LocalDate::compareTo)
                .orElse(today);
        PurchaseOrderView o = new PurchaseOrderView(Ids.newId(), numbers.next("ЗП", today.getYear()), supplierId,
                suppliers.contractOn(supplierId, today).orElse(null), "DRAFT", currency, expected,
                AuditLog.currentActor(), now, null, lines);
        orders.insert(o);
        audit.record("PURCHASE_ORDER_CREATED", "PurchaseOrder", o.id().toString(), null, o);
        outbox.append(new PurchaseOrderStatusChanged(Ids.newId(), now, PurchaseOrderStatusChanged.CURRENT_VERSION,
                o.id(), o.number(), supplierId, currency, expected, null, "DRAFT", o.createdBy()));
        return o;
    }

    private PurchaseOrderView changed(PurchaseOrderView before, String status, String action) {
        PurchaseOrderView after = orders.find(before.id()).orElseThrow();
        audit.record(action, "PurchaseOrder", before.id().toString(), before, after);
        outbox.append(new PurchaseOrderStatusChanged(Ids.newId(), clock.instant(),
                PurchaseOrderStatusChanged.CURRENT_VERSION, before.id(), before.number(), before.supplierId(),
                before.currency(), before.expectedDate(), before.status(), status, AuditLog.currentActor()));
        return after;
    }

    private void requestStatus(PurchaseRequestView before, PurchaseRequestView current, String status,
            String action) {
        requests.status(before.id(), status);
        PurchaseRequestView after = requests.find(before.id()).orElseThrow();
        audit.record(action, "PurchaseRequest", before.id().toString(), current, after);
        outbox.append(new PurchaseRequestStatusChanged(Ids.newId(), clock.instant(),
                PurchaseRequestStatusChanged.CURRENT_VERSION, before.id(), before.number(), before.warehouseId(),
                before.status(), status, before.amount(), AuditLog.currentActor(), null));
    }

    private PurchaseOrderView locked(UUID id) {
        return orders.lock(id).orElseThrow(() -> PurchasingException.notFound("Заказ " + id + " не найден"));
    }

    private ItemView item(UUID id, String field) {
        if (id == null) {
            throw PurchasingException.invalid(field, "Укажите номенклатуру");
        }
        try {
            return catalogue.item(id);
        }
        catch (StockException e) {
            throw PurchasingException.invalid(field, "Номенклатура " + id + " не найдена");
        }
    }
}
