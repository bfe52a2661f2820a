package dozor.stock.live;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/** Asks the streams app's interactive-query endpoints for live stock (internal HTTP with the shared token). */
@Component
public class LiveStockClient {

    private static final Logger log = LoggerFactory.getLogger(LiveStockClient.class);

    static final String UNAVAILABLE = "Живые остатки сейчас недоступны: сервис потоковой обработки не отвечает";

    private final RestClient http;

    private final boolean configured;

    LiveStockClient(RestClient.Builder builder, @Value("${dozor.streams.url:}") String streamsUrl,
            @Value("${dozor.internal.token:}") String internalToken) {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofMillis(500));
        // Reconciliation reads every row at once; a large catalogue takes more than a page does.
        factory.setReadTimeout(Duration.ofSeconds(20));
        this.configured = !streamsUrl.isBlank();
        this.http = builder.clone().baseUrl(configured ? streamsUrl : "http://unconfigured.invalid")
                .requestFactory(factory).defaultHeader("X-Dozor-Internal-Token", internalToken).build();
    }

    public boolean configured() {
        return configured;
    }

    /** Live rows of one item and/or warehouse (null for all). */
    public List<LiveStockRow> levels(UUID itemId, UUID warehouseId) {
        return get(uri -> {
            UriBuilder b = uri.path("/internal/v1/stock/levels");
            if (itemId != null) {
                b.queryParam("itemId", itemId);
            }
            if (warehouseId != null) {
                b.queryParam("warehouseId", warehouseId);
            }
            return b.build();
        });
    }

    /** The rows whose available stock is below their reorder point, the longest-standing first. */
    public List<LiveStockRow> alerts() {
        return get(uri -> uri.path("/internal/v1/stock/alerts").build());
    }

    private List<LiveStockRow> get(java.util.function.Function<UriBuilder, java.net.URI> uri) {
        if (!configured) {
            throw new LiveStockUnavailable(UNAVAILABLE);
        }
        try {
            LiveStockRow[] rows = http.get().uri(uri).retrieve().body(LiveStockRow[].class);
            return rows == null ? List.of() : List.of(rows);
        }
        catch (RuntimeException ex) {
            log.debug("Live stock query failed: {}", ex.toString());
            throw new LiveStockUnavailable(UNAVAILABLE);
        }
    }
}
