package dozor.procurement.suppliers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.procurement.suppliers.SupplierCommands.ContractChange;
import dozor.procurement.suppliers.SupplierCommands.ItemTerms;
import dozor.procurement.suppliers.SupplierCommands.NewContract;
import dozor.procurement.suppliers.SupplierCommands.NewSupplier;
import dozor.procurement.suppliers.SupplierCommands.SupplierChange;
import dozor.procurement.suppliers.internal.SupplierRows;
import dozor.shared.Ids;
import dozor.shared.Minsk;
import dozor.shared.Unp;
import dozor.stock.Catalogue;
import dozor.stock.StockException;

/**
 * The public API of the supplier catalogue: suppliers (with a verified УНП), what each sells on which terms, and
 * their contracts. Every change is audited in its transaction, as stock's catalogue is.
 */
@Service
public class Suppliers {

    private final SupplierRows rows;

    private final Catalogue catalogue;

    private final AuditLog audit;

    private final Clock clock;

    Suppliers(SupplierRows rows, Catalogue catalogue, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SupplierView create(NewSupplier command) {
        if (rows.codeTaken(command.code())) {
            throw SupplierException.invalid("code", "Поставщик с кодом " + command.code().strip() + " уже есть");
        }
        String unp = unp(command.unp(), null);
        SupplierView supplier = new SupplierView(Ids.newId(), command.code().strip(), command.name().strip(), unp,
                orDefault(command.country(), "BY"), orDefault(command.currency(), "BYN"), blankToNull(command.email()),
                blankToNull(command.phone()), true, clock.instant(), 0);
        rows.insert(supplier);
        audit.record("SUPPLIER_CREATED", "Supplier", supplier.id().toString(), null, supplier);
        return supplier;
    }

    @Transactional
    public SupplierView change(UUID id, SupplierChange change) {
        SupplierView before = rows.lock(id).orElseThrow(() -> notFound(id));
        String unp = change.unp() == null ? before.unp() : unp(change.unp(), id);
        SupplierView after = new SupplierView(id, before.code(),
                change.name() == null ? before.name() : change.name().strip(), unp,
                change.country() == null ? before.country() : change.country(),
                change.currency() == null ? before.currency() : change.currency(),
                change.email() == null ? before.email() : blankToNull(change.email()),
                change.phone() == null ? before.phone() : blankToNull(change.phone()),
                change.active() == null ? before.active() : change.active(), before.createdAt(),
                before.version() + 1);
        rows.update(after);
        audit.record("SUPPLIER_CHANGED", "Supplier", id.toString(), before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public SupplierView supplier(UUID id) {
        return rows.find(id).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public List<SupplierView> search(String text, Boolean active, int limit) {
        return rows.search(text == null || text.isBlank() ? null : text.strip(), active, limit);
    }

    /** Sets (or replaces) what the supplier asks for an item. */
    @Transactional
    public SupplierItemView putItem(UUID supplierId, UUID itemId, ItemTerms terms) {
        rows.lock(supplierId).orElseThrow(() -> notFound(supplierId));
        try {
            catalogue.item(itemId);
        } catch (StockException e) {
            throw SupplierException.notFound("Номенклатура " + itemId + " не найдена");
        }
        Optional<SupplierItemView> before = rows.item(supplierId, itemId);
        SupplierItemView after = new SupplierItemView(supplierId, itemId, blankToNull(terms.supplierSku()),
                terms.price(), terms.currency(), terms.leadTimeDays(),
                terms.minOrderQty() == null ? BigDecimal.ONE : terms.minOrderQty(),
                terms.packSize() == null ? BigDecimal.ONE : terms.packSize(), clock.instant());
        rows.upsertItem(after);
        audit.record(before.isPresent() ? "SUPPLIER_ITEM_CHANGED" : "SUPPLIER_ITEM_ADDED", "SupplierItem",
                supplierId + "/" + itemId, before.orElse(null), after);
        return after;
    }

    @Transactional
    public void removeItem(UUID supplierId, UUID itemId) {
        rows.lock(supplierId).orElseThrow(() -> notFound(supplierId));
        SupplierItemView before = rows.item(supplierId, itemId).orElseThrow(() -> SupplierException.notFound(
                "Поставщик " + supplierId + " не поставляет номенклатуру " + itemId));
        rows.deleteItem(supplierId, itemId);
        audit.record("SUPPLIER_ITEM_REMOVED", "SupplierItem", supplierId + "/" + itemId, before, null);
    }

    @Transactional(readOnly = true)
    public List<SupplierItemView> items(UUID supplierId) {
        rows.find(supplierId).orElseThrow(() -> notFound(supplierId));
        return rows.itemsOf(supplierId);
    }

    /** Every active supplier's offer of an item, cheapest first. */
    @Transactional(readOnly = true)
    public List<SupplierItemView> offers(UUID itemId) {
        return rows.offersOf(itemId);
    }

    /** Every active supplier's offers of these items, by item, cheapest first (one query for a whole plan). */
    @Transactional(readOnly = true)
    public Map<UUID, List<SupplierItemView>> offers(Collection<UUID> itemIds) {
        Map<UUID, List<SupplierItemView>> byItem = new LinkedHashMap<>();
        for (SupplierItemView offer : rows.offersOf(itemIds)) {
            byItem.computeIfAbsent(offer.itemId(), k -> new ArrayList<>()).add(offer);
        }
        return byItem;
    }

    /** Suppliers' names by id. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> supplierIds) {
        return rows.names(supplierIds);
    }

    @Transactional
    public ContractView addContract(UUID supplierId, NewContract command) {
        SupplierView supplier = rows.lock(supplierId).orElseThrow(() -> notFound(supplierId));
        if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
            throw SupplierException.invalid("validTo", "Договор не может закончиться раньше, чем начался");
        }
        String number = command.number().strip();
        if (rows.contractNumberTaken(supplierId, number)) {
            throw SupplierException.invalid("number", "Договор № " + number + " с этим поставщиком уже есть");
        }
        ContractView contract = new ContractView(Ids.newId(), supplierId, number, command.validFrom(),
                command.validTo(), command.paymentTermsDays(), command.warrantyMonths(),
                orDefault(command.currency(), supplier.currency()), blankToNull(command.note()), clock.instant());
        rows.insertContract(contract);
        audit.record("SUPPLIER_CONTRACT_ADDED", "SupplierContract", contract.id().toString(), null, contract);
        return contract;
    }

    /** Changes a contract's validity, payment and warranty terms (and note); its number and currency stay. */
    @Transactional
    public ContractView changeContract(UUID supplierId, UUID contractId, ContractChange change) {
        rows.lock(supplierId).orElseThrow(() -> notFound(supplierId));
        ContractView before = rows.lockContract(supplierId, contractId).orElseThrow(() -> SupplierException.notFound(
                "У поставщика нет договора " + contractId));
        if (change.validTo() != null && change.validTo().isBefore(change.validFrom())) {
            throw SupplierException.invalid("validTo", "Договор не может закончиться раньше, чем начался");
        }
        ContractView after = new ContractView(before.id(), supplierId, before.number(), change.validFrom(),
                change.validTo(), change.paymentTermsDays(), change.warrantyMonths(), before.currency(),
                blankToNull(change.note()), before.createdAt());
        rows.updateContract(after);
        audit.record("SUPPLIER_CONTRACT_CHANGED", "SupplierContract", contractId.toString(), before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public List<ContractView> contracts(UUID supplierId) {
        rows.find(supplierId).orElseThrow(() -> notFound(supplierId));
        return rows.contractsOf(supplierId);
    }

    /**
     * The contract in force on {@code day} (Minsk date; today if null): of those valid that day, the one that began
     * last, so a new contract supersedes an open-ended old one.
     */
    @Transactional(readOnly = true)
    public Optional<ContractView> currentContract(UUID supplierId, LocalDate day) {
        LocalDate on = day == null ? LocalDate.ofInstant(clock.instant(), Minsk.ZONE) : day;
        return contracts(supplierId).stream().filter(c -> c.validOn(on)).findFirst();
    }

    private String unp(String input, UUID self) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String unp = Unp.parse(input).map(Unp::value).orElseThrow(() -> SupplierException.invalid("unp",
                "УНП " + input.strip() + " недействителен: девять знаков с верной контрольной цифрой"));
        if (rows.unpTaken(unp, self)) {
            throw SupplierException.invalid("unp", "Поставщик с УНП " + unp + " уже есть");
        }
        return unp;
    }

    private static SupplierException notFound(UUID id) {
        return SupplierException.notFound("Поставщик " + id + " не найден");
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
