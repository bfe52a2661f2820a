package dozor.finance.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An official rate of the National Bank of Belarus: {@code rate} BYN for {@code scale} units of {@code currency}
 * (1 USD, 100 RUB, 10 CNY), published for {@code rateDate}. {@code source}: MANUAL (typed in), IMPORT (a file in
 * the bank's JSON shape) or NBRB (fetched from the bank).
 */
public record ExchangeRateView(String currency, LocalDate rateDate, int scale, BigDecimal rate, String source,
        String updatedBy, Instant updatedAt) {

    /** {@code amount} of this currency in BYN: amount × rate / scale, rounded half up to {@code decimals}. */
    public BigDecimal toByn(BigDecimal amount, int decimals) {
        return amount.multiply(rate).divide(BigDecimal.valueOf(scale), decimals, RoundingMode.HALF_UP);
    }
}
