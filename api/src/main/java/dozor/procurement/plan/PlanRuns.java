package dozor.procurement.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.procurement.plan.internal.PlanData;
import dozor.procurement.plan.internal.PlanRunRows;
import dozor.shared.Ids;
import dozor.stock.ReorderPointSource;
import dozor.stock.ReorderPoints;

/**
 * Records a run of the reorder plan: its lines' weekly forecasts (and proposals) per item × warehouse, the input of
 * plan accuracy. One warehouse, or every warehouse when none is given; one transaction with its audit record.
 */
@Service
public class PlanRuns {

    public enum Trigger {
        MANUAL, SCHEDULED
    }

    private final ReorderPlans plans;

    private final PlanData data;

    private final PlanRunRows rows;

    private final PlanProperties settings;

    private final AuditLog audit;

    private final java.time.Clock clock;

    private final ReorderPoints reorderPoints;

    PlanRuns(ReorderPlans plans, PlanData data, PlanRunRows rows, PlanProperties settings, AuditLog audit,
            java.time.Clock clock, ReorderPoints reorderPoints) {
        this.reorderPoints = reorderPoints;
        this.plans = plans;
        this.data = data;
        this.rows = rows;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PlanRunView record(UUID warehouseId, Trigger trigger) {
        List<PlanLine> lines = new ArrayList<>();
        if (warehouseId != null) {
            lines.addAll(plans.plan(warehouseId));
        } else {
            for (UUID each : data.warehouses()) {
                lines.addAll(plans.compute(each, null));
            }
        }
        int proposals = (int) lines.stream().filter(l -> l.proposedQuantity().signum() > 0).count();
        PlanRunView run = new PlanRunView(Ids.newId(), warehouseId, clock.instant(), settings.historyWeeks(),
                trigger.name(), AuditLog.currentActor(), lines.size(), proposals);
        rows.insert(run, lines);
        audit.record("PROCUREMENT_PLAN_RECORDED", "ProcurementPlanRun", run.id().toString(), null, run);
        publishReorderPoints(lines, "План пополнения " + run.id());
        return run;
    }

    /**
     * The run's reorder points become the live stock's low-stock thresholds (source PLAN), rounded up to the item's
     * unit; a point a person typed (MANUAL) is theirs and stays. Unchanged points publish nothing.
     */
    private void publishReorderPoints(List<PlanLine> lines, String actor) {
        for (PlanLine line : lines) {
            boolean manual = reorderPoints.find(line.itemId(), line.warehouseId(), 1).stream()
                    .anyMatch(p -> p.source() == ReorderPointSource.MANUAL);
            if (manual) {
                continue;
            }
            java.math.BigDecimal point = line.unit().whole()
                    ? line.reorderPoint().setScale(0, java.math.RoundingMode.CEILING)
                    : line.reorderPoint().setScale(3, java.math.RoundingMode.CEILING);
            reorderPoints.set(line.itemId(), line.warehouseId(), point, ReorderPointSource.PLAN, actor);
        }
    }

    /**
     * Planned against actual consumption for the full weeks (Monday, Minsk) that begin in {@code [from, to)} and have
     * ended; see {@link PlanAccuracy}. Only what some run planned before a week began is judged for that week.
     */
    @Transactional(readOnly = true)
    public PlanAccuracy accuracy(LocalDate from, LocalDate to, UUID warehouseId) {
        if (!from.isBefore(to)) {
            throw PlanException.invalid("to", "Конец периода должен быть позже начала");
        }
        if (from.plusYears(2).isBefore(to)) {
            throw PlanException.invalid("from", "Период точности плана — не больше двух лет");
        }
        if (warehouseId != null && !data.warehouseExists(warehouseId)) {
            throw PlanException.notFound("Склад " + warehouseId + " не найден");
        }
        LocalDate current = ReorderPlans.currentWeek(clock.instant());
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); week.isBefore(to)
                && week.isBefore(current); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        if (weeks.isEmpty()) {
            return PlanAccuracy.of(from, to, weeks, List.of());
        }
        List<PlanAccuracy.Observation> observed = rows.plannedAndActual(weeks.get(0), weeks.get(weeks.size() - 1),
                warehouseId).stream().map(r -> new PlanAccuracy.Observation(r.itemId(), r.sku(), r.name(),
                        r.warehouseId(), r.warehouseCode(), r.week(), r.planned(), r.actual())).toList();
        return PlanAccuracy.of(from, to, weeks, observed);
    }
}
