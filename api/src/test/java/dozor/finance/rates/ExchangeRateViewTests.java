package dozor.finance.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** BYN = amount × rate / scale, rounded half up: costs to 4 decimals, money to 2. */
class ExchangeRateViewTests {

    static ExchangeRateView rate(String currency, int scale, String rate) {
        return new ExchangeRateView(currency, LocalDate.parse("2026-11-26"), scale, new BigDecimal(rate), "MANUAL",
                "accountant", Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    void convertsADollarPriceToAByrUnitCostToFourDecimals() {
        // 12.50 × 3.2518 / 1 = 40.6475 exactly
        assertThat(rate("USD", 1, "3.2518").toByn(new BigDecimal("12.50"), 4)).isEqualByComparingTo("40.6475")
                .hasScaleOf(4);
    }

    @Test
    void dividesByTheScaleTheBankPublishesFor() {
        // 1,000 RUB at 3.5123 BYN per 100 RUB = 35.123 → 35.12 as money
        assertThat(rate("RUB", 100, "3.5123").toByn(new BigDecimal("1000"), 2)).isEqualByComparingTo("35.12");
        // 10 CNY at 4.5012 BYN per 10 CNY = 4.5012
        assertThat(rate("CNY", 10, "4.5012").toByn(BigDecimal.TEN, 4)).isEqualByComparingTo("4.5012");
    }

    @Test
    void roundsHalfUpNotHalfEven() {
        // 1 × 3.2525 / 10 = 0.32525: half up gives 0.3253 (half even would give 0.3252)
        assertThat(rate("CNY", 10, "3.2525").toByn(BigDecimal.ONE, 4)).isEqualByComparingTo("0.3253");
        // 0.5 × 0.0125 = 0.00625 → 0.01 as money
        assertThat(rate("USD", 1, "0.0125").toByn(new BigDecimal("0.5"), 2)).isEqualByComparingTo("0.01");
    }
}
