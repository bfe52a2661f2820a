package dozor.stock;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.events.stock.StockReorderPointChanged;
import dozor.shared.Ids;
import dozor.stock.internal.Balance;
import dozor.stock.internal.Items;
import dozor.stock.internal.ReorderPointRows;
import dozor.stock.internal.Warehouses;

/**
 * The public API of reorder points: the low-stock threshold per item and warehouse that the live stock (streams)
 * compares available stock with. A person types one (MANUAL); procurement's reorder plan writes its own (PLAN)
 * through {@link #set}. Each change is stored, audited and published as {@link StockReorderPointChanged} in one
 * transaction; setting the value a point already has (from the same source) changes and publishes nothing.
 */
@Service
public class ReorderPoints {

    private final ReorderPointRows rows;

    private final Items items;

    private final Warehouses warehouses;

    private final AuditLog audit;

    private final Outbox outbox;

    private final Clock clock;

    ReorderPoints(ReorderPointRows rows, Items items, Warehouses warehouses, AuditLog audit, Outbox outbox,
            Clock clock) {
        this.rows = rows;
        this.items = items;
        this.warehouses = warehouses;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Sets the reorder point of an item in a warehouse.
     *
     * @param quantity 0 or more, in the item's unit (whole for pieces and sets)
     * @param actor who sets it: a user's name, or the name of the plan run
     * @throws StockException INVALID naming {@code itemId}, {@code warehouseId}, {@code reorderPoint} or
     *         {@code source}
     */
    @Transactional
    public ReorderPointView set(UUID itemId, UUID warehouseId, BigDecimal quantity, ReorderPointSource source,
            String actor) {
        ItemView item = items.find(itemId)
                .orElseThrow(() -> StockException.invalid("itemId", "Номенклатура " + itemId + " не найдена"));
        if (warehouseId == null || warehouses.find(warehouseId).isEmpty()) {
            throw StockException.invalid("warehouseId", "Склад " + warehouseId + " не найден");
        }
        if (source == null) {
            throw StockException.invalid("source", "Укажите источник: MANUAL или PLAN");
        }
        BigDecimal point = checkQuantity(item, quantity);
        Optional<ReorderPointView> before = rows.lock(itemId, warehouseId);
        if (before.isPresent() && before.get().reorderPoint().compareTo(point) == 0
                && before.get().source() == source) {
            return before.get();
        }
        ReorderPointView after = new ReorderPointView(itemId, warehouseId, point, source,
                actor == null || actor.isBlank() ? AuditLog.currentActor() : actor, clock.instant());
        rows.put(after);
        audit.record("STOCK_REORDER_POINT_SET", "StockReorderPoint", itemId + "/" + warehouseId, before.orElse(null),
                after);
        outbox.append(new StockReorderPointChanged(Ids.newId(), after.updatedAt(),
                StockReorderPointChanged.CURRENT_VERSION, itemId, warehouseId, point, source.name(),
                after.updatedBy()));
        return after;
    }

    @Transactional(readOnly = true)
    public List<ReorderPointView> find(UUID itemId, UUID warehouseId, int limit) {
        return rows.find(itemId, warehouseId, limit);
    }

    private static BigDecimal checkQuantity(ItemView item, BigDecimal quantity) {
        if (quantity == null || quantity.signum() < 0) {
            throw StockException.invalid("reorderPoint", "Точка заказа — число не меньше нуля");
        }
        if (quantity.stripTrailingZeros().scale() > Balance.QUANTITY_SCALE) {
            throw StockException.invalid("reorderPoint", "Не больше трёх знаков после запятой");
        }
        if (item.unit().whole() && quantity.stripTrailingZeros().scale() > 0) {
            throw StockException.invalid("reorderPoint",
                    "Товар в единицах " + item.unit() + " считается целыми числами");
        }
        if (quantity.compareTo(new BigDecimal("99999999999")) > 0) {
            throw StockException.invalid("reorderPoint", "Слишком большое число");
        }
        return quantity.setScale(Balance.QUANTITY_SCALE);
    }
}
