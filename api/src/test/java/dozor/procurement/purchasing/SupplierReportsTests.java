package dozor.procurement.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dozor.procurement.purchasing.internal.Reports.Quality;
import dozor.procurement.purchasing.internal.Reports.TimedLine;

/** The performance arithmetic on hand-computed figures. */
class SupplierReportsTests {

    static final LocalDate TODAY = LocalDate.parse("2026-03-20");

    static Instant minskNoon(String day) {
        return LocalDate.parse(day).atTime(12, 0).atZone(dozor.shared.Minsk.ZONE).toInstant();
    }

    @Test
    void onTimeMeanDelayAndDefectsPerSupplier() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<TimedLine> lines = List.of(
                new TimedLine(a, "Альфа", LocalDate.parse("2026-03-10"), minskNoon("2026-03-10")), // on time
                new TimedLine(a, "Альфа", LocalDate.parse("2026-03-10"), minskNoon("2026-03-13")), // 3 days late
                new TimedLine(a, "Альфа", LocalDate.parse("2026-03-25"), minskNoon("2026-03-15")), // early
                new TimedLine(a, "Альфа", LocalDate.parse("2026-03-16"), null), // open, 4 days late today
                new TimedLine(b, "Бета", LocalDate.parse("2026-03-18"), minskNoon("2026-03-19"))); // 1 day late
        List<Quality> quality = List.of(
                new Quality(a, "Альфа", new BigDecimal("40"), new BigDecimal("3"), new BigDecimal("1")),
                new Quality(b, "Бета", new BigDecimal("8"), BigDecimal.ZERO, BigDecimal.ZERO));

        List<SupplierPerformance> result = SupplierReports.compute(lines, quality, TODAY);

        SupplierPerformance alpha = result.get(0);
        assertThat(alpha.supplierName()).isEqualTo("Альфа");
        assertThat(alpha.lines()).isEqualTo(4);
        assertThat(alpha.onTimeLines()).isEqualTo(2);
        assertThat(alpha.onTimePercent()).isEqualByComparingTo("50.0");
        assertThat(alpha.meanDelayDays()).isEqualByComparingTo("1.75"); // (0 + 3 + 0 + 4) / 4
        assertThat(alpha.defectPercent()).isEqualByComparingTo("10.0"); // (3 + 1) / 40
        SupplierPerformance beta = result.get(1);
        assertThat(beta.onTimePercent()).isEqualByComparingTo("0.0");
        assertThat(beta.meanDelayDays()).isEqualByComparingTo("1.00");
        assertThat(beta.defectPercent()).isEqualByComparingTo("0.0");
    }

    @Test
    void aSupplierWithDeliveriesButNoTimedLinesHasNoOnTimeFigure() {
        UUID c = UUID.randomUUID();
        List<SupplierPerformance> result = SupplierReports.compute(List.of(),
                List.of(new Quality(c, "Гамма", new BigDecimal("3"), new BigDecimal("1"), BigDecimal.ZERO)), TODAY);
        assertThat(result).singleElement().satisfies(p -> {
            assertThat(p.onTimePercent()).isNull();
            assertThat(p.meanDelayDays()).isNull();
            assertThat(p.defectPercent()).isEqualByComparingTo("33.3");
        });
    }
}
