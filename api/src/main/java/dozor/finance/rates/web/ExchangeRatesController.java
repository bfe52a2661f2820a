package dozor.finance.rates.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.finance.rates.ExchangeRateView;
import dozor.finance.rates.ExchangeRates;
import dozor.finance.rates.NbrbRate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Финансы: курсы валют", description = "Official rates of the National Bank of Belarus (BYN per scale)")
class ExchangeRatesController {

    private final ExchangeRates rates;

    ExchangeRatesController(ExchangeRates rates) {
        this.rates = rates;
    }

    @GetMapping("/api/v1/finance/exchange-rates")
    @Operation(summary = "Of every currency, the rate in force on the date (today by default): the latest "
            + "published on or before it")
    List<ExchangeRateView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate date) {
        return rates.list(date);
    }

    @GetMapping("/api/v1/finance/exchange-rates/{currency}")
    @Operation(summary = "The rates of one currency published from `from` to `to` (the last 30 days by default), "
            + "newest first")
    List<ExchangeRateView> history(@PathVariable String currency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(dozor.shared.Minsk.ZONE).plusDays(1) : to;
        return rates.history(currency, from == null ? end.minusDays(31) : from, end);
    }

    @PutMapping("/api/v1/finance/exchange-rates/{currency}/{date}")
    @Operation(summary = "Set the rate of a currency on a day: `rate` BYN for `scale` units (1, 10, 100 …)")
    ExchangeRateView set(@PathVariable String currency,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestBody RateBody body) {
        return rates.set(new ExchangeRates.NewRate(currency, date, body.scale(), body.rate()));
    }

    record RateBody(Integer scale, BigDecimal rate) {
    }

    @PostMapping("/api/v1/finance/exchange-rates/import")
    @Operation(summary = "Import rates in the National Bank's JSON shape: [{\"Cur_Abbreviation\":\"USD\","
            + "\"Cur_Scale\":1,\"Cur_OfficialRate\":3.2518,\"Date\":\"2026-11-26T00:00:00\"}, …]; all or nothing")
    ImportResult importRates(@RequestBody List<NbrbRate> body) {
        List<ExchangeRateView> imported = rates.importRates(body, "IMPORT");
        return new ImportResult(imported.size(), imported);
    }

    record ImportResult(int imported, List<ExchangeRateView> rates) {
    }
}
