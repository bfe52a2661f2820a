package dozor.procurement.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How well the recorded plans forecast consumption: per item × warehouse and overall,
 * accuracy = 1 − Σ|actual − planned| / Σ actual, clamped at 0 (1 when nothing was consumed and nothing planned).
 * The planned figure of a week is the weekly forecast of the last run recorded before the week began.
 */
public record PlanAccuracy(LocalDate from, LocalDate to, List<LocalDate> weeks, List<ItemAccuracy> items,
        Figures overall) {

    /** Σ planned, Σ actual, Σ |actual − planned| and the accuracy (4 decimals). */
    public record Figures(BigDecimal planned, BigDecimal actual, BigDecimal absoluteError, BigDecimal accuracy) {
    }

    public record Week(LocalDate week, BigDecimal planned, BigDecimal actual) {
    }

    public record ItemAccuracy(UUID itemId, String sku, String name, UUID warehouseId, String warehouseCode,
            List<Week> weeks, Figures figures) {
    }

    /** One planned week of one item at one warehouse, as read from the runs and the ledger. */
    public record Observation(UUID itemId, String sku, String name, UUID warehouseId, String warehouseCode,
            LocalDate week, BigDecimal planned, BigDecimal actual) {
    }

    public static PlanAccuracy of(LocalDate from, LocalDate to, List<LocalDate> weeks, List<Observation> rows) {
        Map<String, List<Observation>> byLine = new LinkedHashMap<>();
        for (Observation o : rows) {
            byLine.computeIfAbsent(o.itemId() + "/" + o.warehouseId(), k -> new ArrayList<>()).add(o);
        }
        List<ItemAccuracy> items = new ArrayList<>();
        for (List<Observation> line : byLine.values()) {
            Observation first = line.get(0);
            items.add(new ItemAccuracy(first.itemId(), first.sku(), first.name(), first.warehouseId(),
                    first.warehouseCode(), line.stream().map(o -> new Week(o.week(), o.planned(), o.actual())).toList(),
                    figures(line)));
        }
        return new PlanAccuracy(from, to, weeks, items, figures(rows));
    }

    static Figures figures(List<Observation> rows) {
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal error = BigDecimal.ZERO;
        for (Observation o : rows) {
            planned = planned.add(o.planned());
            actual = actual.add(o.actual());
            error = error.add(o.actual().subtract(o.planned()).abs());
        }
        BigDecimal accuracy;
        if (actual.signum() == 0) {
            accuracy = error.signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        } else {
            accuracy = BigDecimal.ONE.subtract(error.divide(actual, 4, RoundingMode.HALF_UP)).max(BigDecimal.ZERO);
        }
        return new Figures(planned, actual, error, accuracy.setScale(4, RoundingMode.HALF_UP));
    }
}
