package dozor.procurement.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.procurement.plan.PlanInput.SupplierSource;
import dozor.procurement.plan.PlanInput.SupplierTerms;
import dozor.procurement.plan.internal.PlanData;
import dozor.procurement.plan.internal.PlanData.Position;
import dozor.procurement.suppliers.SupplierItemView;
import dozor.procurement.suppliers.Suppliers;
import dozor.shared.Minsk;

/**
 * The reorder plan of a warehouse, computed on demand from the ledger, the balances, open demand and purchasing (see
 * {@link ReorderPlanner} for the arithmetic). Reading it changes nothing.
 */
@Service
public class ReorderPlans {

    private final PlanData data;

    private final Suppliers suppliers;

    private final PlanProperties settings;

    private final ReorderPlanner planner;

    private final Clock clock;

    ReorderPlans(PlanData data, Suppliers suppliers, PlanProperties settings, Clock clock) {
        this.data = data;
        this.suppliers = suppliers;
        this.settings = settings;
        this.planner = new ReorderPlanner(settings);
        this.clock = clock;
    }

    /** Every item the warehouse has to do with, by SKU. */
    @Transactional(readOnly = true)
    public List<PlanLine> plan(UUID warehouseId) {
        requireWarehouse(warehouseId);
        return compute(warehouseId, null);
    }

    @Transactional(readOnly = true)
    public PlanLine planItem(UUID warehouseId, UUID itemId) {
        requireWarehouse(warehouseId);
        if (!data.itemExists(itemId)) {
            throw PlanException.notFound("Номенклатура " + itemId + " не найдена");
        }
        return compute(warehouseId, itemId).get(0);
    }

    /** Monday 00:00 (Minsk) of the current week: the history ends there, so only full weeks count. */
    public static LocalDate currentWeek(Instant now) {
        return LocalDate.ofInstant(now, Minsk.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    List<PlanLine> compute(UUID warehouseId, UUID onlyItem) {
        LocalDate end = currentWeek(clock.instant());
        LocalDate start = end.minusWeeks(settings.historyWeeks());
        Instant from = start.atStartOfDay(Minsk.ZONE).toInstant();
        Instant to = end.atStartOfDay(Minsk.ZONE).toInstant();
        Map<UUID, Map<LocalDate, BigDecimal>> consumption = data.weeklyConsumption(warehouseId, onlyItem, from, to);
        List<Position> positions = data.positions(warehouseId, onlyItem, from);
        Map<UUID, List<SupplierItemView>> offers = suppliers.offers(positions.stream().map(Position::itemId)
                .toList());
        Map<UUID, String> names = suppliers.names(offers.values().stream().flatMap(List::stream)
                .map(SupplierItemView::supplierId).collect(Collectors.toSet()));
        List<PlanLine> lines = new ArrayList<>();
        for (Position p : positions) {
            Map<LocalDate, BigDecimal> byWeek = consumption.getOrDefault(p.itemId(), Map.of());
            List<BigDecimal> weeks = new ArrayList<>();
            for (LocalDate week = start; week.isBefore(end); week = week.plusWeeks(1)) {
                weeks.add(byWeek.getOrDefault(week, BigDecimal.ZERO));
            }
            lines.add(planner.plan(new PlanInput(p.itemId(), p.sku(), p.name(), p.unit(), p.abcClass(), warehouseId,
                    weeks, p.onHand(), p.reserved(), p.onOrder(), p.inTransit(), p.shortfalls(),
                    terms(p, offers.getOrDefault(p.itemId(), List.of()), names).orElse(null))));
        }
        return lines;
    }

    /** The preferred supplier's offer if it has one (and is active), else the cheapest active offer. */
    private static Optional<SupplierTerms> terms(Position p, List<SupplierItemView> offers,
            Map<UUID, String> names) {
        Optional<SupplierItemView> preferred = offers.stream()
                .filter(o -> o.supplierId().equals(p.preferredSupplierId())).findFirst();
        SupplierSource source = preferred.isPresent() ? SupplierSource.PREFERRED : SupplierSource.CHEAPEST;
        return preferred.or(() -> offers.stream().findFirst()).map(o -> new SupplierTerms(o.supplierId(),
                names.get(o.supplierId()), source, o.leadTimeDays(),
                o.minOrderQty(), o.packSize(), o.price(), o.currency()));
    }

    private void requireWarehouse(UUID warehouseId) {
        if (!data.warehouseExists(warehouseId)) {
            throw PlanException.notFound("Склад " + warehouseId + " не найден");
        }
    }
}
