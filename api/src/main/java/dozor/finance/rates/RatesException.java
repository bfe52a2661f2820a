package dozor.finance.rates;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import dozor.shared.DomainException;

/**
 * An exchange-rate operation refused: bad input (400, naming the field) or no rate for a currency on a day (409,
 * type {@link #MISSING}, with {@code currency} and {@code date}), which stops whatever needed the conversion.
 */
public class RatesException extends DomainException {

    public static final URI MISSING = URI.create("https://dozor.by/problems/exchange-rate-missing");

    static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RatesException(Refusal refusal, String field, String message) {
        super(refusal, field, message);
    }

    private RatesException(String currency, LocalDate date) {
        super(Refusal.CONFLICT, null, "Нет курса " + currency + " на " + RUSSIAN_DATE.format(date)
                + " — внесите курс НБ РБ", MISSING, "problem.exchangeRateMissing.title",
                Map.of("currency", currency, "date", date.toString()));
    }

    public static RatesException invalid(String field, String message) {
        return new RatesException(Refusal.INVALID, field, message);
    }

    public static RatesException missing(String currency, LocalDate date) {
        return new RatesException(currency, date);
    }
}
