package dozor.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import dozor.sla.SlaLookup;
import dozor.sla.SlaStatus;

/** Asks the streams app's interactive-query endpoint, which reads its SLA state store. */
@Component
class StreamsSlaClient implements SlaLookup {

    private static final Logger log = LoggerFactory.getLogger(StreamsSlaClient.class);

    private final RestClient http;

    private final boolean configured;

    StreamsSlaClient(RestClient.Builder builder, @Value("${dozor.streams.url:}") String streamsUrl,
            @Value("${dozor.internal.token:}") String internalToken) {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofMillis(500));
        factory.setReadTimeout(Duration.ofSeconds(2));
        this.configured = !streamsUrl.isBlank();
        this.http = builder.clone().baseUrl(configured ? streamsUrl : "http://unconfigured.invalid")
                .requestFactory(factory)
                .defaultHeader("X-Dozor-Internal-Token", internalToken)
                .build();
    }

    @Override
    public Map<UUID, SlaStatus> lookup(Collection<UUID> requestIds) {
        Map<UUID, SlaStatus> result = new HashMap<>();
        if (requestIds.isEmpty()) {
            return result;
        }
        if (!configured) {
            requestIds.forEach(id -> result.put(id, SlaStatus.unknown()));
            return result;
        }
        try {
            Clock[] clocks = http.post().uri("/internal/v1/sla/lookup").contentType(MediaType.APPLICATION_JSON)
                    .body(new LookupBody(List.copyOf(requestIds))).retrieve().body(Clock[].class);
            requestIds.forEach(id -> result.put(id, SlaStatus.pending()));
            if (clocks != null) {
                for (Clock c : clocks) {
                    result.put(c.requestId(), new SlaStatus(c.target(), c.state(), c.startedAt(), c.dueAt(),
                            c.clocks() == null ? List.of() : c.clocks()));
                }
            }
        }
        catch (RuntimeException ex) {
            log.debug("SLA lookup failed: {}", ex.toString());
            requestIds.forEach(id -> result.put(id, SlaStatus.unknown()));
        }
        return result;
    }

    @Override
    public List<dozor.sla.SlaFigures> figures(int days) {
        if (!configured) {
            throw new dozor.sla.SlaUnavailable();
        }
        try {
            dozor.sla.SlaFigures[] figures = http.get().uri("/internal/v1/sla/metrics?days={days}", days).retrieve()
                    .body(dozor.sla.SlaFigures[].class);
            return figures == null ? List.of() : List.of(figures);
        }
        catch (RuntimeException ex) {
            throw new dozor.sla.SlaUnavailable();
        }
    }

    record LookupBody(List<UUID> requestIds) {
    }

    record Clock(UUID requestId, String target, String state, Instant startedAt, Instant dueAt,
            List<SlaStatus.ClockState> clocks) {
    }
}
