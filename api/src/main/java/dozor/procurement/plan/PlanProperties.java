package dozor.procurement.plan;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dozor.stock.AbcClass;

/**
 * The reorder plan's settings ({@code dozor.procurement.plan.*}):
 * <ul>
 * <li>{@code history-weeks} — full weeks of consumption the forecast is taken from (12);</li>
 * <li>{@code x-max-cv}, {@code y-max-cv} — XYZ thresholds of the coefficient of variation (X ≤ 0.25 < Y ≤ 0.5 <
 * Z);</li>
 * <li>{@code service-level-z.X|Y|Z} — the safety factor per XYZ class (1.65 ≈ 95 %, 1.28 ≈ 90 %, 0.84 ≈ 80 %: an
 * erratic item's safety stock against its large σ would cost more than the stock-out it avoids);</li>
 * <li>{@code target-weeks.A|B|C} — weeks of demand to hold by ABC class (2, 3, 4: the costly A items lean);
 * an item without a class is planned as {@code unclassified-as} (C);</li>
 * <li>{@code default-lead-time-days} — when no supplier offers the item (14);</li>
 * <li>{@code schedule} — the interval of the recorded plan run, {@code PT0S} (off) by default.</li>
 * </ul>
 */
@ConfigurationProperties("dozor.procurement.plan")
public record PlanProperties(Integer historyWeeks, BigDecimal xMaxCv, BigDecimal yMaxCv,
        Map<XyzClass, BigDecimal> serviceLevelZ, Map<AbcClass, Integer> targetWeeks, AbcClass unclassifiedAs,
        Integer defaultLeadTimeDays, Duration schedule) {

    public PlanProperties {
        historyWeeks = historyWeeks == null ? 12 : historyWeeks;
        xMaxCv = xMaxCv == null ? new BigDecimal("0.25") : xMaxCv;
        yMaxCv = yMaxCv == null ? new BigDecimal("0.5") : yMaxCv;
        Map<XyzClass, BigDecimal> z = new EnumMap<>(Map.of(XyzClass.X, new BigDecimal("1.65"), XyzClass.Y,
                new BigDecimal("1.28"), XyzClass.Z, new BigDecimal("0.84")));
        if (serviceLevelZ != null) {
            z.putAll(serviceLevelZ);
        }
        serviceLevelZ = Map.copyOf(z);
        Map<AbcClass, Integer> weeks = new EnumMap<>(Map.of(AbcClass.A, 2, AbcClass.B, 3, AbcClass.C, 4));
        if (targetWeeks != null) {
            weeks.putAll(targetWeeks);
        }
        targetWeeks = Map.copyOf(weeks);
        unclassifiedAs = unclassifiedAs == null ? AbcClass.C : unclassifiedAs;
        defaultLeadTimeDays = defaultLeadTimeDays == null ? 14 : defaultLeadTimeDays;
        schedule = schedule == null ? Duration.ZERO : schedule;
        if (historyWeeks < 2) {
            throw new IllegalArgumentException("dozor.procurement.plan.history-weeks must be at least 2");
        }
        if (xMaxCv.compareTo(yMaxCv) > 0) {
            throw new IllegalArgumentException("dozor.procurement.plan.x-max-cv must not exceed y-max-cv");
        }
    }

    /** The defaults, for tests and tools. */
    public static PlanProperties defaults() {
        return new PlanProperties(null, null, null, null, null, null, null, null);
    }
}
