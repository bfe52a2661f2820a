package dozor.stock;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.events.reference.StockItemPublished;
import dozor.events.reference.WarehousePublished;
import dozor.shared.Ids;
import dozor.stock.Commands.ItemChange;
import dozor.stock.Commands.NewItem;
import dozor.stock.Commands.NewWarehouse;
import dozor.stock.internal.Items;
import dozor.stock.internal.Warehouses;

/**
 * The public API of the catalogue (номенклатура) and the warehouses. An item's unit and serial tracking are fixed at
 * creation, because the ledger's quantities mean them; its name, ABC class and supplier may change.
 */
@Service
public class Catalogue {

    private final Items items;

    private final Warehouses warehouses;

    private final AuditLog audit;

    private final Outbox outbox;

    private final Clock clock;

    Catalogue(Items items, Warehouses warehouses, AuditLog audit, Outbox outbox, Clock clock) {
        this.items = items;
        this.warehouses = warehouses;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ItemView createItem(NewItem command) {
        if (command.serialTracked() && command.unit() != UnitOfMeasure.PCS) {
            throw StockException.invalid("unit", "Серийный учёт возможен только в штуках (PCS)");
        }
        if (items.skuTaken(command.sku())) {
            throw StockException.invalid("sku", "Артикул " + command.sku() + " уже есть в номенклатуре");
        }
        ItemView item = new ItemView(Ids.newId(), command.sku().strip(), command.name().strip(), command.category(),
                command.unit(), command.serialTracked(), command.abcClass(), command.supplierId(), clock.instant());
        items.insert(item);
        audit.record("STOCK_ITEM_CREATED", "StockItem", item.id().toString(), null, item);
        publish(item);
        return item;
    }

    @Transactional
    public ItemView changeItem(UUID id, ItemChange change) {
        ItemView before = items.lock(id)
                .orElseThrow(() -> StockException.notFound("Номенклатура " + id + " не найдена"));
        ItemView after = new ItemView(id, before.sku(), change.name() == null ? before.name() : change.name().strip(),
                before.category(), before.unit(), before.serialTracked(), change.abcClass(), change.supplierId(),
                before.createdAt());
        items.update(after);
        audit.record("STOCK_ITEM_CHANGED", "StockItem", id.toString(), before, after);
        publish(after);
        return after;
    }

    @Transactional(readOnly = true)
    public ItemView item(UUID id) {
        return items.find(id).orElseThrow(() -> StockException.notFound("Номенклатура " + id + " не найдена"));
    }

    @Transactional(readOnly = true)
    public List<ItemView> items(String text, ItemCategory category, int limit) {
        return items.search(text == null || text.isBlank() ? null : text.strip(), category, limit);
    }

    @Transactional
    public WarehouseView createWarehouse(NewWarehouse command) {
        if (command.kind() == WarehouseKind.VAN && (command.holder() == null || command.holder().isBlank())) {
            throw StockException.invalid("holder", "Укажите инженера, за которым закреплена машина");
        }
        if (warehouses.codeTaken(command.code())) {
            throw StockException.invalid("code", "Склад с кодом " + command.code() + " уже есть");
        }
        WarehouseView warehouse = new WarehouseView(Ids.newId(), command.code().strip(), command.name().strip(),
                command.kind(), command.region(), command.holder(), clock.instant());
        warehouses.insert(warehouse);
        audit.record("STOCK_WAREHOUSE_CREATED", "StockWarehouse", warehouse.id().toString(), null, warehouse);
        outbox.append(new WarehousePublished(Ids.newId(), clock.instant(), WarehousePublished.CURRENT_VERSION,
                warehouse.id(), warehouse.code(), warehouse.name(), warehouse.kind().name(), warehouse.region()));
        return warehouse;
    }

    @Transactional(readOnly = true)
    public List<WarehouseView> warehouses(WarehouseKind kind) {
        return warehouses.all(kind);
    }

    /**
     * Sets the classes the analytics computed (ABC by consumption value, batch's {@code stock_abc_xyz} mart) on
     * items no user has classified by hand; each change is audited and published. Unknown items are skipped.
     */
    @Transactional
    public AbcOutcome classify(java.util.Map<UUID, AbcClass> classes) {
        int changed = 0;
        int manual = 0;
        int unknown = 0;
        for (var entry : classes.entrySet()) {
            var before = items.find(entry.getKey());
            if (before.isEmpty()) {
                unknown++;
                continue;
            }
            if ("MANUAL".equals(items.abcSource(entry.getKey()).orElse(null))) {
                manual++;
                continue;
            }
            if (items.classify(entry.getKey(), entry.getValue())) {
                ItemView after = items.find(entry.getKey()).orElseThrow();
                audit.record("STOCK_ITEM_CLASSIFIED", "StockItem", after.id().toString(), before.get(), after);
                publish(after);
                changed++;
            }
        }
        return new AbcOutcome(classes.size(), changed, manual, unknown);
    }

    /** What {@link #classify} did: items in the analysis, changed, kept because a user set their class, unknown. */
    public record AbcOutcome(int analysed, int changed, int keptManual, int unknown) {
    }

    /** The item as it now is, for the warehouse (star schema) and anyone else who names items. */
    private void publish(ItemView item) {
        outbox.append(new StockItemPublished(Ids.newId(), clock.instant(), StockItemPublished.CURRENT_VERSION,
                item.id(), item.sku(), item.name(), item.category().name(), item.unit().name(), item.serialTracked(),
                item.abcClass() == null ? null : item.abcClass().name(), item.supplierId()));
    }
}
