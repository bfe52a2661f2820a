package dozor.procurement.purchasing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import dozor.procurement.plan.PlanLine;
import dozor.procurement.plan.ReorderPlans;
import dozor.procurement.purchasing.PurchaseOrderView;
import dozor.procurement.purchasing.PurchaseOrders;
import dozor.procurement.purchasing.PurchaseRequestView;
import dozor.procurement.purchasing.PurchaseRequests;
import dozor.procurement.purchasing.SupplierPerformance;
import dozor.procurement.purchasing.SupplierReports;
import dozor.procurement.suppliers.SupplierView;
import dozor.procurement.suppliers.Suppliers;
import dozor.shared.ExportTable;
import dozor.shared.Minsk;
import dozor.stock.Catalogue;
import dozor.stock.WarehouseView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The «Закупки» lists of the web UI as XLSX or CSV, with the screens' filters: the reorder plan (of a warehouse, or
 * of every warehouse), purchase requests and orders (by status) and suppliers (by search text, with their delivery
 * record over 90 days). Russian column titles; quantities, money and percents stay numbers in XLSX.
 */
@RestController
@Tag(name = "Закупки: выгрузка", description = "Procurement lists as XLSX or CSV")
class ProcurementExportController {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(Minsk.ZONE);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static final int MAX_ROWS = 500;

    private static final Map<String, String> REQUEST_STATUS = Map.of("DRAFT", "Черновик", "SUBMITTED",
            "На согласовании", "APPROVED", "Согласована", "REJECTED", "Отклонена", "ORDERED", "Заказана",
            "CANCELLED", "Отменена");

    private static final Map<String, String> ORDER_STATUS = Map.of("DRAFT", "Черновик", "SENT", "Отправлен",
            "PARTIALLY_RECEIVED", "Получен частично", "RECEIVED", "Получен", "CLOSED", "Закрыт", "CANCELLED",
            "Отменён");

    private static final Map<String, String> UNIT = Map.of("PCS", "шт", "SET", "компл", "M", "м", "L", "л", "KG",
            "кг");

    private final ReorderPlans plans;

    private final PurchaseRequests requests;

    private final PurchaseOrders orders;

    private final Suppliers suppliers;

    private final SupplierReports reports;

    private final Catalogue catalogue;

    ProcurementExportController(ReorderPlans plans, PurchaseRequests requests, PurchaseOrders orders,
            Suppliers suppliers, SupplierReports reports, Catalogue catalogue) {
        this.plans = plans;
        this.requests = requests;
        this.orders = orders;
        this.suppliers = suppliers;
        this.reports = reports;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/procurement/export/{list}")
    @Operation(summary = "A procurement list as XLSX or CSV: the reorder plan (warehouseId, or every warehouse), "
            + "purchase requests and orders (status), suppliers (q) with their delivery record")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable @Pattern(regexp = "plan|requests|orders|suppliers") String list,
            @RequestParam(defaultValue = "xlsx") @Pattern(regexp = "xlsx|csv") String format,
            @RequestParam(required = false) UUID warehouseId,
            @RequestParam(required = false) @Pattern(regexp = "DRAFT|SUBMITTED|APPROVED|REJECTED|ORDERED|SENT|"
                    + "PARTIALLY_RECEIVED|RECEIVED|CLOSED|CANCELLED") String status,
            @RequestParam(required = false) @Size(max = 100) String q) {
        Map<UUID, WarehouseView> warehouses = catalogue.warehouses(null).stream()
                .collect(Collectors.toMap(WarehouseView::id, Function.identity()));
        ExportTable table = switch (list) {
            case "plan" -> plan(warehouseId, warehouses);
            case "requests" -> requests(status, warehouses);
            case "orders" -> orders(status);
            default -> suppliers(q);
        };
        return table.response(format);
    }

    private ExportTable plan(UUID warehouseId, Map<UUID, WarehouseView> warehouses) {
        List<UUID> which = warehouseId != null ? List.of(warehouseId)
                : warehouses.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).map(WarehouseView::id)
                        .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (UUID warehouse : which) {
            for (PlanLine l : plans.plan(warehouse)) {
                rows.add(List.of(warehouseName(warehouses, l.warehouseId()), l.sku(), l.name(),
                        UNIT.getOrDefault(l.unit().name(), l.unit().name()), l.weeklyForecast(),
                        l.xyzClass() == null ? "" : l.xyzClass().name(),
                        l.abcClass() == null ? "" : l.abcClass().name(), l.safetyStock(), l.reorderPoint(),
                        l.targetStock(), l.position(), l.proposedQuantity(),
                        l.daysOfCover() == null ? "" : l.daysOfCover(), nz(l.supplierName()),
                        BigDecimal.valueOf(l.leadTimeDays())));
            }
        }
        return new ExportTable("План пополнения", "plan-popolneniya", List.of("Склад", "Артикул", "Наименование", "Ед.",
                "Спрос в неделю", "XYZ", "ABC", "Страховой запас", "Точка заказа", "Целевой запас", "Позиция запаса",
                "Заказать", "Хватит на, дн.", "Поставщик", "Срок поставки, дн."), rows);
    }

    private ExportTable requests(String status, Map<UUID, WarehouseView> warehouses) {
        List<List<Object>> rows = new ArrayList<>();
        for (PurchaseRequestView r : requests.list(requestStatus(status), MAX_ROWS)) {
            rows.add(List.of(r.number(), REQUEST_STATUS.getOrDefault(r.status(), r.status()),
                    warehouseName(warehouses, r.warehouseId()), BigDecimal.valueOf(r.lines().size()), r.amount(),
                    time(r.createdAt()), nz(r.createdBy()), nz(r.decidedBy()), nz(r.decisionNote())));
        }
        return new ExportTable("Заявки на закупку", "zayavki-na-zakupku", List.of("Номер", "Состояние", "Склад",
                "Позиций", "Сумма, руб.", "Создана", "Автор", "Решение принял", "Комментарий"), rows);
    }

    private ExportTable orders(String status) {
        Map<UUID, String> names = suppliers.search(null, null, MAX_ROWS * 2).stream()
                .collect(Collectors.toMap(SupplierView::id, SupplierView::name));
        List<List<Object>> rows = new ArrayList<>();
        for (PurchaseOrderView o : orders.list(null, orderStatus(status), MAX_ROWS)) {
            BigDecimal amount = o.lines().stream().map(l -> l.quantity().multiply(l.price()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal received = o.lines().stream().map(PurchaseOrderView.Line::receivedQty)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(List.of(o.number(), names.getOrDefault(o.supplierId(), ""),
                    ORDER_STATUS.getOrDefault(o.status(), o.status()), BigDecimal.valueOf(o.lines().size()), amount,
                    o.currency(), received, o.expectedDate() == null ? "" : DAY.format(o.expectedDate()),
                    time(o.createdAt()), nz(o.createdBy())));
        }
        return new ExportTable("Заказы поставщикам", "zakazy-postavshchikam", List.of("Номер", "Поставщик", "Состояние",
                "Позиций", "Сумма", "Валюта", "Получено, ед.", "Ожидается", "Создан", "Автор"), rows);
    }

    private ExportTable suppliers(String q) {
        Map<UUID, SupplierPerformance> record = reports.performance(90).stream()
                .collect(Collectors.toMap(SupplierPerformance::supplierId, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        for (SupplierView s : suppliers.search(q == null || q.isBlank() ? null : q.strip(), null, MAX_ROWS)) {
            SupplierPerformance p = record.get(s.id());
            rows.add(List.of(s.code(), s.name(), nz(s.unp()), nz(s.country()), nz(s.currency()), nz(s.phone()),
                    nz(s.email()), s.active() ? "да" : "нет", p == null || p.onTimePercent() == null ? "" : p.onTimePercent(),
                    p == null || p.defectPercent() == null ? "" : p.defectPercent(),
                    p == null || p.meanDelayDays() == null ? "" : p.meanDelayDays()));
        }
        return new ExportTable("Поставщики", "postavshchiki", List.of("Код", "Название", "УНП", "Страна", "Валюта",
                "Телефон", "Эл. почта", "Работаем", "В срок, %", "Брак, %", "Средняя задержка, дн."), rows);
    }

    private static String requestStatus(String status) {
        return status != null && REQUEST_STATUS.containsKey(status) ? status : null;
    }

    private static String orderStatus(String status) {
        return status != null && ORDER_STATUS.containsKey(status) ? status : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String time(Instant at) {
        return at == null ? "" : HUMAN.format(at);
    }

    private static String warehouseName(Map<UUID, WarehouseView> warehouses, UUID id) {
        WarehouseView w = warehouses.get(id);
        return w == null ? "" : w.code() + " · " + w.name();
    }
}
