package dozor.finance.rates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.finance.rates.internal.RateRows;
import dozor.shared.Minsk;

/**
 * The public API of exchange rates (курсы НБ РБ): rates typed in or imported in the bank's JSON shape, and the
 * conversion of a foreign amount to BYN at the rate in force on a day — the latest published on or before it, since
 * the bank does not publish on every day. Without one the conversion is refused ({@link RatesException#missing}),
 * so nothing is ever costed at a made-up rate. Every change is audited ({@code EXCHANGE_RATE_SET}); rates are
 * master data and raise no events.
 */
@Service
public class ExchangeRates {

    /** The home currency: amounts in it are never converted. */
    public static final String BYN = "BYN";

    /** Money is kept to 2 decimals, unit costs and prices to 4 (the ledger's cost scale). */
    public static final int MONEY_SCALE = 2;

    public static final int COST_SCALE = 4;

    private static final int MAX_SCALE = 1_000_000;

    private final RateRows rows;

    private final AuditLog audit;

    private final Clock clock;

    ExchangeRates(RateRows rows, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** A rate to record: BYN {@code rate} for {@code scale} units of {@code currency} on {@code date}. */
    public record NewRate(String currency, LocalDate date, Integer scale, BigDecimal rate) {
    }

    /** Sets (creates or replaces) one day's rate of a currency. */
    @Transactional
    public ExchangeRateView set(NewRate rate) {
        return save(check(rate, "", MANUAL_FIELDS), "MANUAL");
    }

    /**
     * Records many rates at once in the bank's JSON shape (a file, or the bank's own answer); all are checked before
     * any is written, and a bad one refuses the whole import naming its position and field
     * ({@code [3].Cur_OfficialRate}).
     */
    @Transactional
    public List<ExchangeRateView> importRates(List<NbrbRate> rates, String source) {
        if (rates == null || rates.isEmpty()) {
            throw RatesException.invalid("rates", "В файле нет ни одного курса");
        }
        List<NewRate> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rates.size(); i++) {
            String at = "[" + i + "].";
            NbrbRate in = rates.get(i);
            if (in == null) {
                throw RatesException.invalid("[" + i + "]", "Пустая запись курса");
            }
            NewRate r = check(new NewRate(in.abbreviation(), day(in.date(), at + NbrbRate.DATE), in.scale(),
                    in.officialRate()), at, NbrbRate.FIELDS);
            if (!seen.add(r.currency() + r.date())) {
                throw RatesException.invalid(at + NbrbRate.CURRENCY,
                        "Курс " + r.currency() + " на " + RatesException.RUSSIAN_DATE.format(r.date())
                                + " встречается в файле дважды");
            }
            checked.add(r);
        }
        return checked.stream().map(r -> save(r, source)).toList();
    }

    /** Of every currency, the rate in force on {@code date} (today in Minsk without one). */
    @Transactional(readOnly = true)
    public List<ExchangeRateView> list(LocalDate date) {
        return rows.allOn(date == null ? today() : date);
    }

    /** The rates of one currency published in {@code [from, to]}, newest first. */
    @Transactional(readOnly = true)
    public List<ExchangeRateView> history(String currency, LocalDate from, LocalDate to) {
        return rows.history(currencyCode(currency, "currency"), from, to);
    }

    /** The rate in force on {@code date}: the latest published on or before it. */
    @Transactional(readOnly = true)
    public Optional<ExchangeRateView> on(String currency, LocalDate date) {
        return rows.on(currency, date);
    }

    /**
     * {@code amount} in {@code currency} as BYN at the rate in force on {@code date}, rounded half up to
     * {@code decimals}; a BYN amount is only rounded. No rate: {@link RatesException#missing} (409).
     */
    @Transactional(readOnly = true)
    public BigDecimal toByn(BigDecimal amount, String currency, LocalDate date, int decimals) {
        if (currency == null || BYN.equals(currency)) {
            return amount.setScale(decimals, java.math.RoundingMode.HALF_UP);
        }
        return require(currency, date).toByn(amount, decimals);
    }

    /** The rate in force on {@code date}, or the 409 problem «Нет курса USD на 26.11.2026 — внесите курс НБ РБ». */
    @Transactional(readOnly = true)
    public ExchangeRateView require(String currency, LocalDate date) {
        return rows.on(currency, date).orElseThrow(() -> RatesException.missing(currency, date));
    }

    private ExchangeRateView save(NewRate r, String source) {
        Optional<ExchangeRateView> before = rows.exactly(r.currency(), r.date());
        ExchangeRateView after = new ExchangeRateView(r.currency(), r.date(), r.scale(),
                r.rate().setScale(COST_SCALE), source, AuditLog.currentActor(), clock.instant());
        rows.upsert(after);
        audit.record("EXCHANGE_RATE_SET", "ExchangeRate", r.currency() + ":" + r.date(), before.orElse(null),
                after);
        return after;
    }

    /** Field names of a typed rate; a file's are the bank's ({@link NbrbRate#FIELDS}). */
    private static final String[] MANUAL_FIELDS = { "currency", "date", "scale", "rate" };

    private NewRate check(NewRate r, String prefix, String[] fields) {
        String currency = currencyCode(r.currency(), prefix + fields[0]);
        if (r.date() == null) {
            throw RatesException.invalid(prefix + fields[1], "Укажите дату курса");
        }
        // The bank publishes tomorrow's rate today; anything later is a typo.
        if (r.date().isAfter(today().plusDays(1))) {
            throw RatesException.invalid(prefix + fields[1],
                    "Курс на " + RatesException.RUSSIAN_DATE.format(r.date()) + " ещё не может быть установлен");
        }
        if (r.scale() == null || !powerOfTen(r.scale())) {
            throw RatesException.invalid(prefix + fields[2],
                    "Количество единиц валюты — 1, 10, 100 и так далее до 1 000 000");
        }
        if (r.rate() == null || r.rate().signum() <= 0) {
            throw RatesException.invalid(prefix + fields[3], "Курс должен быть больше нуля");
        }
        if (r.rate().stripTrailingZeros().scale() > COST_SCALE) {
            throw RatesException.invalid(prefix + fields[3],
                    "Курс указывается не более чем с 4 знаками после запятой");
        }
        if (r.rate().compareTo(new BigDecimal("100000000000000")) >= 0) {
            throw RatesException.invalid(prefix + fields[3], "Курс слишком велик");
        }
        return new NewRate(currency, r.date(), r.scale(), r.rate());
    }

    private static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() > 10 ? java.time.LocalDateTime.parse(text.strip()).toLocalDate()
                    : LocalDate.parse(text.strip());
        }
        catch (java.time.format.DateTimeParseException e) {
            throw RatesException.invalid(field, "Дата «" + text + "» не в формате 2026-11-26T00:00:00");
        }
    }

    private static String currencyCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw RatesException.invalid(field, "Укажите код валюты");
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (BYN.equals(c)) {
            throw RatesException.invalid(field, "Курс белорусского рубля к самому себе не задаётся");
        }
        boolean known = c.matches("[A-Z]{3}")
                && Currency.getAvailableCurrencies().stream().anyMatch(k -> k.getCurrencyCode().equals(c));
        if (!known) {
            throw RatesException.invalid(field, "Неизвестный код валюты «" + code.strip() + "»");
        }
        return c;
    }

    private static boolean powerOfTen(int n) {
        for (int p = 1; p <= MAX_SCALE; p *= 10) {
            if (p == n) {
                return true;
            }
        }
        return false;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Minsk.ZONE);
    }

    /** When an instant falls, as a Minsk calendar day: the day whose rate applies. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, Minsk.ZONE);
    }
}
