package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.api.security.CurrentUser;
import dozor.api.security.Role;
import dozor.events.procurement.PurchaseRequestStatusChanged;
import dozor.finance.rates.ExchangeRates;
import dozor.procurement.purchasing.internal.Numbers;
import dozor.procurement.purchasing.internal.Requests;
import dozor.procurement.purchasing.internal.Suppliers;
import dozor.shared.Ids;
import dozor.shared.Minsk;
import dozor.stock.Catalogue;
import dozor.stock.DemandView;
import dozor.stock.StockException;
import dozor.stock.StockReservations;

/**
 * The public API of purchase requests (заявки на закупку): what a warehouse needs, estimated in BYN, approved by a
 * role whose threshold covers the amount (never by its author), then ordered from suppliers. A line may name the
 * reservation shortfall it covers; one shortfall is requested once. A line priced in a foreign currency is converted
 * to BYN at the official rate of the request's day (4 decimals, half up), keeping its original price; the amount is
 * Σ quantity × BYN price rounded half up to kopecks, so the thresholds compare BYN with BYN.
 */
@Service
public class PurchaseRequests {

    /** Who asks for a purchase: the warehouse, procurement, the manager, the administrator. */
    static final Set<String> REQUESTERS = Set.of("ADMIN", "MANAGER", "PROCUREMENT", "WAREHOUSE");

    private final Requests requests;

    private final Numbers numbers;

    private final Suppliers suppliers;

    private final Catalogue catalogue;

    private final StockReservations stock;

    private final AuditLog audit;

    private final Outbox outbox;

    private final Clock clock;

    private final ApprovalPolicy policy;

    private final ExchangeRates rates;

    PurchaseRequests(Requests requests, Numbers numbers, Suppliers suppliers, Catalogue catalogue,
            StockReservations stock, AuditLog audit, Outbox outbox, Clock clock, PurchasingProperties properties,
            ExchangeRates rates) {
        this.rates = rates;
        this.requests = requests;
        this.numbers = numbers;
        this.suppliers = suppliers;
        this.catalogue = catalogue;
        this.stock = stock;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.policy = new ApprovalPolicy(properties.approval().thresholds());
    }

    /**
     * A line asked for; {@code supplierId}, {@code demandId} (a reservation's shortfall) and {@code planLineKey}
     * (the reorder plan's proposal, {@code PLAN:<warehouseId>:<itemId>}) are optional; {@code currency} is the
     * estimated price's (BYN when null).
     */
    public record NewLine(UUID itemId, BigDecimal quantity, BigDecimal estimatedPrice, UUID supplierId,
            UUID demandId, String planLineKey, String currency) {

        public NewLine(UUID itemId, BigDecimal quantity, BigDecimal estimatedPrice, UUID supplierId, UUID demandId) {
            this(itemId, quantity, estimatedPrice, supplierId, demandId, null, null);
        }

        public NewLine(UUID itemId, BigDecimal quantity, BigDecimal estimatedPrice, UUID supplierId, UUID demandId,
                String planLineKey) {
            this(itemId, quantity, estimatedPrice, supplierId, demandId, planLineKey, null);
        }
    }

    @Transactional
    public PurchaseRequestView create(UUID warehouseId, String reason, List<NewLine> lines) {
        requireRole(REQUESTERS, "Заявку на закупку создают склад, закупки, руководитель или администратор");
        if (catalogue.warehouses(null).stream().noneMatch(w -> w.id().equals(warehouseId))) {
            throw PurchasingException.invalid("warehouseId", "Склад " + warehouseId + " не найден");
        }
        if (lines == null || lines.isEmpty()) {
            throw PurchasingException.invalid("lines", "Добавьте хотя бы одну строку");
        }
        Set<UUID> demands = new HashSet<>();
        java.time.LocalDate day = ExchangeRates.dayOf(clock.instant());
        List<PurchaseRequestView.Line> checked = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            NewLine line = lines.get(i);
            String field = "lines[" + i + "]";
            if (line.itemId() == null) {
                throw PurchasingException.invalid(field + ".itemId", "Укажите номенклатуру");
            }
            var item = item(line.itemId(), field + ".itemId");
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                throw PurchasingException.invalid(field + ".quantity", "Количество должно быть больше нуля");
            }
            if (item.unit().whole() && line.quantity().stripTrailingZeros().scale() > 0) {
                throw PurchasingException.invalid(field + ".quantity",
                        "Товар в единицах " + item.unit() + " считается целыми числами");
            }
            BigDecimal price = line.estimatedPrice() == null ? BigDecimal.ZERO : line.estimatedPrice();
            if (price.signum() < 0) {
                throw PurchasingException.invalid(field + ".estimatedPrice", "Цена не может быть отрицательной");
            }
            if (line.supplierId() != null && suppliers.find(line.supplierId()).isEmpty()) {
                throw PurchasingException.invalid(field + ".supplierId",
                        "Поставщик " + line.supplierId() + " не найден");
            }
            if (line.demandId() != null) {
                checkDemand(line, warehouseId, field);
                if (!demands.add(line.demandId())) {
                    throw PurchasingException.invalid(field + ".demandId", "Потребность повторяется в заявке");
                }
            }
            if (line.planLineKey() != null
                    && !line.planLineKey().equals("PLAN:" + warehouseId + ":" + line.itemId())) {
                throw PurchasingException.invalid(field + ".planLineKey",
                        "Ключ предложения плана должен быть PLAN:<склад>:<номенклатура> этой строки");
            }
            String currency = line.currency() == null ? ExchangeRates.BYN : line.currency();
            if (!currency.matches("[A-Z]{3}")) {
                throw PurchasingException.invalid(field + ".currency", "Код валюты — три заглавные латинские буквы");
            }
            boolean foreign = !ExchangeRates.BYN.equals(currency);
            BigDecimal byn = rates.toByn(price, currency, day, ExchangeRates.COST_SCALE);
            amount = amount.add(line.quantity().multiply(byn));
            checked.add(new PurchaseRequestView.Line(Ids.newId(), line.itemId(), line.quantity(), byn,
                    line.supplierId(), line.demandId(), BigDecimal.ZERO, line.planLineKey(), foreign ? price : null,
                    foreign ? currency : null));
        }
        Instant now = clock.instant();
        String actor = AuditLog.currentActor();
        PurchaseRequestView r = new PurchaseRequestView(Ids.newId(),
                numbers.next("ЗК", now.atZone(Minsk.ZONE).getYear()), warehouseId, "DRAFT",
                amount.setScale(2, RoundingMode.HALF_UP), blankToNull(reason), actor, now, null, null, null, checked);
        requests.insert(r);
        audit.record("PURCHASE_REQUEST_CREATED", "PurchaseRequest", r.id().toString(), null, r);
        announce(r, null, "DRAFT", actor, null);
        return r;
    }

    /** The author (or an administrator) hands a draft in for approval. */
    @Transactional
    public PurchaseRequestView submit(UUID id) {
        PurchaseRequestView r = locked(id);
        String actor = AuditLog.currentActor();
        if (!actor.equals(r.createdBy()) && !CurrentUser.roles().contains("ADMIN")) {
            throw PurchasingException.forbidden("Заявку на согласование передаёт её автор " + r.createdBy());
        }
        requireStatus(r, "DRAFT", "передать на согласование");
        return change(r, "SUBMITTED", null, "PURCHASE_REQUEST_SUBMITTED");
    }

    /** Approves a submitted request: the approver's role must cover its amount, and it is not their own. */
    @Transactional
    public PurchaseRequestView approve(UUID id, String note) {
        PurchaseRequestView r = locked(id);
        requireStatus(r, "SUBMITTED", "согласовать");
        checkApprover(r);
        return decide(r, "APPROVED", note, "PURCHASE_REQUEST_APPROVED");
    }

    /** Rejects a submitted request, with the reason; the same people who could approve it may. */
    @Transactional
    public PurchaseRequestView reject(UUID id, String note) {
        if (note == null || note.isBlank()) {
            throw PurchasingException.invalid("note", "Укажите причину отказа");
        }
        PurchaseRequestView r = locked(id);
        requireStatus(r, "SUBMITTED", "отклонить");
        checkApprover(r);
        requests.releaseDemands(r.id());
        return decide(r, "REJECTED", note, "PURCHASE_REQUEST_REJECTED");
    }

    /** Cancels a request nothing of which has been ordered: its author, procurement, the manager or the admin. */
    @Transactional
    public PurchaseRequestView cancel(UUID id, String note) {
        PurchaseRequestView r = locked(id);
        String actor = AuditLog.currentActor();
        Set<String> roles = CurrentUser.roles();
        if (!actor.equals(r.createdBy()) && roles.stream().noneMatch(Set.of("ADMIN", "MANAGER", "PROCUREMENT")::contains)) {
            throw PurchasingException.forbidden("Отменить заявку может её автор, закупки или руководитель");
        }
        if (!Set.of("DRAFT", "SUBMITTED", "APPROVED").contains(r.status())) {
            throw PurchasingException.conflict("Заявка " + r.number() + " в статусе " + r.status()
                    + "; отменить её нельзя");
        }
        if (r.lines().stream().anyMatch(l -> l.orderedQty().signum() > 0)) {
            throw PurchasingException.conflict("По заявке " + r.number()
                    + " уже оформлены заказы поставщикам; сначала отмените их");
        }
        requests.releaseDemands(r.id());
        return change(r, "CANCELLED", blankToNull(note), "PURCHASE_REQUEST_CANCELLED");
    }

    @Transactional(readOnly = true)
    public PurchaseRequestView get(UUID id) {
        return requests.find(id)
                .orElseThrow(() -> PurchasingException.notFound("Заявка на закупку " + id + " не найдена"));
    }

    @Transactional(readOnly = true)
    public List<PurchaseRequestView> list(String status, int limit) {
        return requests.list(status, limit);
    }

    private void checkDemand(NewLine line, UUID warehouseId, String field) {
        DemandView d = stock.demand(line.demandId()).orElseThrow(() -> PurchasingException
                .invalid(field + ".demandId", "Потребность " + line.demandId() + " не найдена"));
        if (!"OPEN".equals(d.status())) {
            throw PurchasingException.conflict("Потребность " + d.id() + " уже " + ("COVERED".equals(d.status())
                    ? "покрыта" : "отменена"));
        }
        if (!d.itemId().equals(line.itemId()) || (d.warehouseId() != null && !d.warehouseId().equals(warehouseId))) {
            throw PurchasingException.invalid(field + ".demandId",
                    "Потребность относится к другой номенклатуре или другому складу");
        }
        if (requests.demandRequested(d.id())) {
            throw PurchasingException.conflict("Потребность " + d.id() + " уже включена в другую заявку на закупку");
        }
    }

    private void checkApprover(PurchaseRequestView r) {
        String actor = AuditLog.currentActor();
        if (actor.equals(r.createdBy())) {
            throw PurchasingException.forbidden("Автор заявки не может сам её согласовать");
        }
        if (!policy.mayApprove(CurrentUser.roles(), r.amount())) {
            throw PurchasingException.forbidden("Заявку на " + r.amount().toPlainString()
                    + " BYN согласует " + policy.approvers(r.amount()).stream().map(Role::name)
                            .collect(Collectors.joining(", ")));
        }
    }

    private PurchaseRequestView decide(PurchaseRequestView r, String status, String note, String action) {
        Instant now = clock.instant();
        String actor = AuditLog.currentActor();
        requests.decide(r.id(), status, actor, now, blankToNull(note));
        PurchaseRequestView after = requests.find(r.id()).orElseThrow();
        audit.record(action, "PurchaseRequest", r.id().toString(), r, after);
        announce(after, r.status(), status, actor, blankToNull(note));
        return after;
    }

    private PurchaseRequestView change(PurchaseRequestView r, String status, String note, String action) {
        requests.status(r.id(), status);
        PurchaseRequestView after = requests.find(r.id()).orElseThrow();
        audit.record(action, "PurchaseRequest", r.id().toString(), r, after);
        announce(after, r.status(), status, AuditLog.currentActor(), note);
        return after;
    }

    private void announce(PurchaseRequestView r, String from, String to, String actor, String note) {
        outbox.append(new PurchaseRequestStatusChanged(Ids.newId(), clock.instant(),
                PurchaseRequestStatusChanged.CURRENT_VERSION, r.id(), r.number(), r.warehouseId(), from, to,
                r.amount(), actor, note));
    }

    private PurchaseRequestView locked(UUID id) {
        return requests.lock(id)
                .orElseThrow(() -> PurchasingException.notFound("Заявка на закупку " + id + " не найдена"));
    }

    private static void requireStatus(PurchaseRequestView r, String status, String what) {
        if (!status.equals(r.status())) {
            throw PurchasingException.conflict("Заявка " + r.number() + " в статусе " + r.status() + "; " + what
                    + " можно только в статусе " + status);
        }
    }

    static void requireRole(Set<String> allowed, String message) {
        if (CurrentUser.roles().stream().noneMatch(allowed::contains)) {
            throw PurchasingException.forbidden(message);
        }
    }

    private dozor.stock.ItemView item(UUID id, String field) {
        try {
            return catalogue.item(id);
        }
        catch (StockException e) {
            throw PurchasingException.invalid(field, "Номенклатура " + id + " не найдена");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
