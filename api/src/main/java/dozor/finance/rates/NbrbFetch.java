package dozor.finance.rates;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches the day's official rates from the National Bank's API and imports them (source NBRB), on a schedule.
 * Off unless {@code dozor.finance.rates.nbrb.enabled=true}: the bank cannot be reached from every installation (nor
 * from the tests). A failed fetch is logged and changes nothing; the accountants can still type or import the rates.
 */
@Component
@ConditionalOnProperty(name = "dozor.finance.rates.nbrb.enabled", havingValue = "true")
class NbrbFetch {

    private static final Logger log = LoggerFactory.getLogger(NbrbFetch.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExchangeRates rates;

    private final URI url;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    NbrbFetch(ExchangeRates rates,
            @Value("${dozor.finance.rates.nbrb.url:https://api.nbrb.by/exrates/rates?periodicity=0}") String url) {
        this.rates = rates;
        this.url = URI.create(url);
    }

    /** By default on working days at 12:30 Minsk time: the list the bank's API gives for the day. */
    @Scheduled(cron = "${dozor.finance.rates.nbrb.cron:0 30 12 * * MON-FRI}", zone = "Europe/Minsk")
    void scheduled() {
        fetch();
    }

    /** Fetches and imports the bank's current list; the rates imported, or none when the bank could not be read. */
    List<ExchangeRateView> fetch() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn("NBRB rates not fetched: HTTP {} from {}", response.statusCode(), url);
                return List.of();
            }
            List<NbrbRate> published = JSON.readValue(response.body(), new TypeReference<List<NbrbRate>>() {
            });
            List<ExchangeRateView> imported = rates.importRates(published, "NBRB");
            log.info("Imported {} NBRB rates from {}", imported.size(), url);
            return imported;
        }
        catch (IOException | RuntimeException e) {
            log.warn("NBRB rates not fetched from {}: {}", url, e.toString());
            return List.of();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
