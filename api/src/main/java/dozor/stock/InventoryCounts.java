package dozor.stock;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.security.CurrentUser;
import dozor.shared.Ids;
import dozor.stock.internal.Balance;
import dozor.stock.internal.Balances;
import dozor.stock.internal.CountSheets;
import dozor.stock.internal.Items;
import dozor.stock.internal.Postings;
import dozor.stock.internal.Postings.Posting;
import dozor.stock.internal.Warehouses;

/**
 * Inventory counts: open a sheet for a warehouse (the book quantity of each item now), enter what was counted, post.
 * Posting turns every difference into an inventory adjustment of the ledger ({@code ADJUSTMENT_SURPLUS} /
 * {@code ADJUSTMENT_SHORTAGE}, at the moving average cost, with the sheet as the reason), all in one transaction
 * with the sheet's status and audit record. If the book quantity of an item moved after the sheet was opened, the
 * count is no longer comparable and posting is refused, naming those items. Serial-tracked units are checked one
 * by one through their history, not counted here.
 */
@Service
public class InventoryCounts {

    private static final Set<String> KEEPERS = Set.of("ADMIN", "WAREHOUSE");

    private final CountSheets sheets;

    private final Items items;

    private final Warehouses warehouses;

    private final Balances balances;

    private final Postings postings;

    private final AuditLog audit;

    private final Clock clock;

    InventoryCounts(CountSheets sheets, Items items, Warehouses warehouses, Balances balances, Postings postings,
            AuditLog audit, Clock clock) {
        this.sheets = sheets;
        this.items = items;
        this.warehouses = warehouses;
        this.balances = balances;
        this.postings = postings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a sheet for the given items, or for every counted (non-serial) item the warehouse holds. */
    @Transactional
    public CountSheet open(UUID warehouseId, List<UUID> itemIds, String note) {
        keeper();
        warehouses.find(warehouseId).orElseThrow(() -> StockException.invalid("warehouseId",
                "Склад " + warehouseId + " не найден"));
        List<UUID> lines = itemIds == null || itemIds.isEmpty() ? sheets.countableItems(warehouseId)
                : new ArrayList<>(new LinkedHashSet<>(itemIds));
        if (lines.isEmpty()) {
            throw StockException.invalid("itemIds", "На складе нет номенклатуры для пересчёта; укажите позиции");
        }
        UUID id = Ids.newId();
        Instant now = clock.instant();
        sheets.open(id, warehouseId, blankToNull(note), now, AuditLog.currentActor());
        for (UUID itemId : lines) {
            ItemView item = items.find(itemId).orElseThrow(() -> StockException.invalid("itemIds",
                    "Номенклатура " + itemId + " не найдена"));
            if (item.serialTracked()) {
                throw StockException.invalid("itemIds", "«" + item.name()
                        + "» учитывается по серийным номерам: каждую единицу проверяют по её истории");
            }
            sheets.addLine(id, itemId, balances.current(itemId, warehouseId).onHand());
        }
        CountSheet sheet = sheet(id);
        audit.record("STOCK_COUNT_OPENED", "StockCount", id.toString(), null, sheet);
        return sheet;
    }

    /** Records counted quantities of some lines of an open sheet (again, to correct a miscount). */
    @Transactional
    public CountSheet enter(UUID countId, Map<UUID, BigDecimal> counted) {
        keeper();
        open(countId);
        CountSheet before = sheet(countId);
        Map<UUID, CountSheet.Line> lines = before.lines().stream()
                .collect(Collectors.toMap(CountSheet.Line::itemId, l -> l));
        for (Map.Entry<UUID, BigDecimal> e : counted.entrySet()) {
            if (!lines.containsKey(e.getKey())) {
                throw StockException.invalid("lines", "Позиции " + e.getKey() + " нет в этой инвентаризации");
            }
            BigDecimal quantity = e.getValue();
            if (quantity == null || quantity.signum() < 0) {
                throw StockException.invalid("lines", "Количество не может быть отрицательным");
            }
            ItemView item = items.find(e.getKey()).orElseThrow();
            if (quantity.stripTrailingZeros().scale() > Balance.QUANTITY_SCALE
                    || (item.unit().whole() && quantity.stripTrailingZeros().scale() > 0)) {
                throw StockException.invalid("lines", "«" + item.name() + "» считается в " + item.unit()
                        + (item.unit().whole() ? " целыми числами" : " с точностью до трёх знаков"));
            }
            sheets.count(countId, e.getKey(), quantity.setScale(Balance.QUANTITY_SCALE));
        }
        CountSheet after = sheet(countId);
        audit.record("STOCK_COUNT_ENTERED", "StockCount", countId.toString(), before, after);
        return after;
    }

    /** Posts the differences as inventory adjustments and closes the sheet. */
    @Transactional
    public CountSheet post(UUID countId) {
        keeper();
        open(countId);
        CountSheet sheet = sheet(countId);
        List<String> uncounted = sheet.lines().stream().filter(l -> l.counted() == null).map(CountSheet.Line::sku)
                .toList();
        if (!uncounted.isEmpty()) {
            throw StockException.invalid("lines", "Не посчитаны: " + String.join(", ", uncounted));
        }
        List<String> moved = new ArrayList<>();
        for (CountSheet.Line line : sheet.lines()) {
            BigDecimal book = balances.lock(line.itemId(), sheet.warehouseId()).onHand();
            if (book.compareTo(line.expected()) != 0) {
                moved.add(line.sku() + " (было " + line.expected().stripTrailingZeros().toPlainString() + ", сейчас "
                        + book.stripTrailingZeros().toPlainString() + ")");
            }
        }
        if (!moved.isEmpty()) {
            throw StockException.conflict("С начала инвентаризации остаток изменился: " + String.join(", ", moved)
                    + ". Откройте новую инвентаризацию для этих позиций");
        }
        String reason = "Инвентаризация от " + java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(sheet.openedAt().atZone(dozor.shared.Minsk.ZONE)) + " (" + countId + ")";
        for (CountSheet.Line line : sheet.lines()) {
            int sign = line.difference().signum();
            if (sign == 0) {
                continue;
            }
            ItemView item = items.find(line.itemId()).orElseThrow();
            MovementView movement = postings.post(new Posting(item, sheet.warehouseId(),
                    sign > 0 ? MovementKind.ADJUSTMENT_SURPLUS : MovementKind.ADJUSTMENT_SHORTAGE,
                    line.difference().abs(), null, null, null, null, null, reason, false));
            sheets.posted(countId, line.itemId(), movement.id());
        }
        sheets.close(countId, "POSTED", clock.instant(), AuditLog.currentActor());
        CountSheet posted = sheet(countId);
        audit.record("STOCK_COUNT_POSTED", "StockCount", countId.toString(), sheet, posted);
        return posted;
    }

    /** Drops an open sheet without touching the ledger. */
    @Transactional
    public CountSheet cancel(UUID countId) {
        keeper();
        open(countId);
        CountSheet before = sheet(countId);
        sheets.close(countId, "CANCELLED", clock.instant(), AuditLog.currentActor());
        CountSheet after = sheet(countId);
        audit.record("STOCK_COUNT_CANCELLED", "StockCount", countId.toString(), before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public CountSheet sheet(UUID countId) {
        return sheets.find(countId).orElseThrow(() -> StockException.notFound("Инвентаризация " + countId
                + " не найдена"));
    }

    @Transactional(readOnly = true)
    public List<CountSheet> recent(UUID warehouseId, int limit) {
        return sheets.recent(warehouseId, limit).stream().map(this::sheet).toList();
    }

    private void open(UUID countId) {
        String status = sheets.lockStatus(countId).orElseThrow(() -> StockException.notFound("Инвентаризация "
                + countId + " не найдена"));
        if (!"OPEN".equals(status)) {
            throw StockException.conflict("Инвентаризация уже " + ("POSTED".equals(status) ? "проведена"
                    : "отменена"));
        }
    }

    private static void keeper() {
        if (CurrentUser.roles().stream().noneMatch(KEEPERS::contains)) {
            throw StockException.forbidden("Инвентаризацию проводит склад");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
