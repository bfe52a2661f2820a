package dozor.stock.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

import dozor.shared.ExportTable;
import dozor.shared.Minsk;
import dozor.stock.AbcClass;
import dozor.stock.BalanceView;
import dozor.stock.Catalogue;
import dozor.stock.ItemCategory;
import dozor.stock.ItemView;
import dozor.stock.StockLedger;
import dozor.stock.StockReservations;
import dozor.stock.WarehouseView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The stock lists of the web UI as XLSX or CSV, with the same filters the screens apply: stock by warehouse
 * (balances), warehouses, transfers in transit, open reservations and open demands. Column titles and values are
 * Russian; quantities and money stay numbers in XLSX.
 */
@RestController
@Tag(name = "Склад: выгрузка", description = "Stock lists as XLSX or CSV")
class ExportController {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(Minsk.ZONE);

    /** The most rows of any list; the screens page through at most this many, too. */
    static final int MAX_ROWS = 5000;

    private static final Map<String, String> CATEGORY = Map.of("SPARE_PART", "Запчасть", "EQUIPMENT", "Оборудование",
            "CONSUMABLE", "Расходник", "TOOL", "Инструмент");

    private static final Map<String, String> UNIT = Map.of("PCS", "шт", "SET", "компл", "M", "м", "L", "л", "KG",
            "кг");

    private static final Map<String, String> KIND = Map.of("CENTRAL", "Центральный", "REGIONAL", "Региональный",
            "REPAIR_LINE", "Ремонтный участок", "VAN", "Машина инженера", "SWAP_POOL", "Подменный фонд");

    private final Catalogue catalogue;

    private final StockLedger ledger;

    private final StockReservations reservations;

    ExportController(Catalogue catalogue, StockLedger ledger, StockReservations reservations) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.reservations = reservations;
    }

    @GetMapping("/api/v1/stock/export/{list}")
    @Operation(summary = "A stock list as XLSX or CSV: balances (filtered as on the screen), warehouses, transfers "
            + "in transit, open reservations, open demands")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable @Pattern(regexp = "balances|warehouses|transfers|reservations|demands") String list,
            @RequestParam(defaultValue = "xlsx") @Pattern(regexp = "xlsx|csv") String format,
            @RequestParam(required = false) UUID warehouseId, @RequestParam(required = false) ItemCategory category,
            @RequestParam(required = false) AbcClass abc, @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "ALL") @Pattern(regexp = "ALL|IN_STOCK|NONE_AVAILABLE") String stock) {
        Map<UUID, ItemView> items = catalogue.items(null, null, MAX_ROWS * 4).stream()
                .collect(Collectors.toMap(ItemView::id, Function.identity()));
        Map<UUID, WarehouseView> warehouses = catalogue.warehouses(null).stream()
                .collect(Collectors.toMap(WarehouseView::id, Function.identity()));
        ExportTable table = switch (list) {
            case "balances" -> balances(new BalanceFilter(warehouseId, category, abc, q, stock), items, warehouses);
            case "warehouses" -> warehouses(warehouses.values().stream().toList());
            case "transfers" -> transfers(items, warehouses);
            case "reservations" -> reservations(items, warehouses);
            default -> demands(items, warehouses);
        };
        return table.response(format);
    }

    /** The screen's balance filters: warehouse, category, ABC class, SKU or name, with stock / none available. */
    record BalanceFilter(UUID warehouseId, ItemCategory category, AbcClass abc, String q, String stock) {

        boolean test(BalanceView b, ItemView item) {
            if (category != null && (item == null || item.category() != category)) {
                return false;
            }
            if (abc != null && (item == null || item.abcClass() != abc)) {
                return false;
            }
            if (q != null && !q.isBlank()) {
                String text = q.strip().toLowerCase(Locale.ROOT);
                if (!b.sku().toLowerCase(Locale.ROOT).contains(text)
                        && !b.itemName().toLowerCase(Locale.ROOT).contains(text)) {
                    return false;
                }
            }
            return switch (stock) {
                case "IN_STOCK" -> b.onHand().signum() > 0;
                case "NONE_AVAILABLE" -> b.available().signum() <= 0;
                default -> true;
            };
        }
    }

    private ExportTable balances(BalanceFilter filter, Map<UUID, ItemView> items, Map<UUID, WarehouseView> warehouses) {
        List<List<Object>> rows = new ArrayList<>();
        for (BalanceView b : ledger.balances(null, filter.warehouseId(), false, MAX_ROWS)) {
            ItemView item = items.get(b.itemId());
            if (!filter.test(b, item)) {
                continue;
            }
            rows.add(List.of(b.sku(), b.itemName(), item == null ? "" : CATEGORY.get(item.category().name()),
                    item == null || item.abcClass() == null ? "" : item.abcClass().name(),
                    item == null ? "" : UNIT.get(item.unit().name()), warehouseName(warehouses, b.warehouseId()),
                    b.onHand(), b.reserved(), b.available(), b.inTransit(), b.averageCost(), b.value()));
        }
        return new ExportTable("Остатки", "ostatki", List.of("Артикул", "Наименование", "Категория", "ABC", "Ед.", "Склад",
                "На складе", "В резерве", "Доступно", "В пути", "Средняя цена", "Сумма"), rows);
    }

    private ExportTable warehouses(List<WarehouseView> all) {
        List<List<Object>> rows = all.stream().<List<Object>>map(w -> List.of(w.code(), w.name(),
                KIND.get(w.kind().name()), nz(w.region()), nz(w.holder()))).toList();
        return new ExportTable("Склады", "sklady", List.of("Код", "Название", "Тип", "Регион", "Ответственный"), rows);
    }

    private ExportTable transfers(Map<UUID, ItemView> items, Map<UUID, WarehouseView> warehouses) {
        List<List<Object>> rows = ledger.transfers(null, "IN_TRANSIT", 500).stream()
                .<List<Object>>map(t -> List.of(HUMAN.format(t.dispatchedAt()), sku(items, t.itemId()),
                        itemName(items, t.itemId()), warehouseName(warehouses, t.fromWarehouseId()),
                        warehouseName(warehouses, t.toWarehouseId()), t.quantity(), nz(t.serial()),
                        nz(t.dispatchedBy())))
                .toList();
        return new ExportTable("В пути", "peremeshcheniya", List.of("Отправлено", "Артикул", "Наименование", "Откуда",
                "Куда", "Количество", "Серийный номер", "Отправил"), rows);
    }

    private ExportTable reservations(Map<UUID, ItemView> items, Map<UUID, WarehouseView> warehouses) {
        List<List<Object>> rows = reservations.find(null, null, null, "ACTIVE", 500).stream()
                .<List<Object>>map(r -> List.of(time(r.createdAt()), sku(items, r.itemId()),
                        itemName(items, r.itemId()), warehouseName(warehouses, r.warehouseId()), r.quantity(),
                        String.valueOf(r.taskId()), nz(r.createdBy())))
                .toList();
        return new ExportTable("Резервы", "rezervy", List.of("Создан", "Артикул", "Наименование", "Склад", "Количество",
                "Задача", "Зарезервировал"), rows);
    }

    private ExportTable demands(Map<UUID, ItemView> items, Map<UUID, WarehouseView> warehouses) {
        List<List<Object>> rows = reservations.demands(null, "OPEN", 500).stream()
                .<List<Object>>map(d -> List.of(time(d.createdAt()), sku(items, d.itemId()),
                        itemName(items, d.itemId()), warehouseName(warehouses, d.warehouseId()), d.quantity(),
                        String.valueOf(d.taskId()), nz(d.createdBy())))
                .toList();
        return new ExportTable("Потребность", "potrebnost", List.of("Создана", "Артикул", "Наименование", "Склад",
                "Не хватает", "Задача", "Создал"), rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String time(Instant at) {
        return at == null ? "" : HUMAN.format(at);
    }

    private static String sku(Map<UUID, ItemView> items, UUID id) {
        ItemView item = items.get(id);
        return item == null ? "" : item.sku();
    }

    private static String itemName(Map<UUID, ItemView> items, UUID id) {
        ItemView item = items.get(id);
        return item == null ? "" : item.name();
    }

    private static String warehouseName(Map<UUID, WarehouseView> warehouses, UUID id) {
        WarehouseView w = warehouses.get(id);
        return w == null ? "" : w.code() + " · " + w.name();
    }
}
