package dozor.procurement.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dozor.procurement.plan.PlanAccuracy.Observation;

class PlanAccuracyTests {

    static final LocalDate W1 = LocalDate.of(2026, 11, 2);

    static final LocalDate W2 = W1.plusWeeks(1);

    static Observation o(UUID item, LocalDate week, String planned, String actual) {
        return new Observation(item, "SKU", "Позиция", UUID.nameUUIDFromBytes(new byte[] { 1 }), "WH", week,
                new BigDecimal(planned), new BigDecimal(actual));
    }

    @Test
    void accuracyIsOneMinusTheAbsoluteErrorOverWhatWasConsumed() {
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        // x: |8 − 10| + |12 − 10| = 4 of 20 → 0,8; y: |3 − 5| + |1 − 5| = 6 of 4 → 1 − 1,5 < 0 → 0;
        // overall: 10 of 24 → 1 − 0,41667 = 0,5833.
        PlanAccuracy report = PlanAccuracy.of(W1, W2.plusWeeks(1), List.of(W1, W2),
                List.of(o(x, W1, "10", "8"), o(x, W2, "10", "12"), o(y, W1, "5", "3"), o(y, W2, "5", "1")));
        assertThat(report.items()).hasSize(2);
        assertThat(report.items().get(0).figures().absoluteError()).isEqualByComparingTo("4");
        assertThat(report.items().get(0).figures().accuracy()).isEqualByComparingTo("0.8");
        assertThat(report.items().get(0).weeks()).hasSize(2);
        assertThat(report.items().get(1).figures().accuracy()).as("clamped at 0").isEqualByComparingTo("0");
        assertThat(report.overall().planned()).isEqualByComparingTo("30");
        assertThat(report.overall().actual()).isEqualByComparingTo("24");
        assertThat(report.overall().accuracy()).isEqualByComparingTo("0.5833");
    }

    @Test
    void nothingConsumedIsPerfectOnlyIfNothingWasPlanned() {
        UUID x = UUID.randomUUID();
        assertThat(PlanAccuracy.of(W1, W2, List.of(W1), List.of(o(x, W1, "0", "0"))).overall().accuracy())
                .isEqualByComparingTo("1");
        assertThat(PlanAccuracy.of(W1, W2, List.of(W1), List.of(o(x, W1, "2", "0"))).overall().accuracy())
                .isEqualByComparingTo("0");
        assertThat(PlanAccuracy.of(W1, W2, List.of(W1), List.of()).items()).isEmpty();
    }
}
