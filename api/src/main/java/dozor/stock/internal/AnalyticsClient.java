package dozor.stock.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads the ABC/XYZ analysis from the batch service's internal endpoint ({@code GET /internal/v1/stock/abc-xyz},
 * computed from the warehouse's {@code stock_abc_xyz} mart). The api never reads the warehouse schema itself.
 */
@Component
public class AnalyticsClient {

    /** One item's classes as the analytics computed them. */
    public record ItemClasses(UUID itemId, String abcClass, String xyzClass) {
    }

    private final RestClient batch;

    private final boolean configured;

    AnalyticsClient(RestClient.Builder builder, @Value("${dozor.batch.url:}") String batchUrl,
            @Value("${dozor.internal.token:}") String token) {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(2));
        factory.setReadTimeout(Duration.ofSeconds(30));
        this.configured = !batchUrl.isBlank();
        this.batch = builder.clone().baseUrl(configured ? batchUrl : "http://unconfigured.invalid")
                .requestFactory(factory).defaultHeader("X-Dozor-Internal-Token", token).build();
    }

    /** The batch service is not configured or not reachable: try again later (503). */
    public static class Unavailable extends dozor.shared.DomainException {

        Unavailable(String message) {
            super(Refusal.UNAVAILABLE, null, message,
                    java.net.URI.create("https://dozor.by/problems/analytics-unavailable"),
                    "problem.analyticsUnavailable.title", java.util.Map.of());
        }
    }

    public boolean configured() {
        return configured;
    }

    public List<ItemClasses> abcXyz() {
        if (!configured) {
            throw new Unavailable("Сервис аналитики не настроен (dozor.batch.url)");
        }
        try {
            ItemClasses[] rows = batch.get().uri("/internal/v1/stock/abc-xyz").retrieve().body(ItemClasses[].class);
            return rows == null ? List.of() : List.of(rows);
        }
        catch (RestClientException ex) {
            throw new Unavailable("Сервис аналитики недоступен; повторите позже");
        }
    }
}
