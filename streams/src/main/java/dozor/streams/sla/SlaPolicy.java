package dozor.streams.sla;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * First-response targets by priority, on a plain 24×7 clock for now ({@code dozor.sla.first-response.P1=PT1H}).
 * Business calendars with holidays and breaks replace the 24×7 clock later; this type is where they plug in.
 */
@ConfigurationProperties("dozor.sla")
public record SlaPolicy(Map<String, Duration> firstResponse) {

    private static final Map<String, Duration> DEFAULT_TARGETS = Map.of("P1", Duration.ofHours(1), "P2",
            Duration.ofHours(4), "P3", Duration.ofHours(8), "P4", Duration.ofHours(24));

    public static final SlaPolicy DEFAULT = new SlaPolicy(DEFAULT_TARGETS);

    public SlaPolicy {
        Map<String, Duration> merged = new java.util.HashMap<>(DEFAULT_TARGETS);
        if (firstResponse != null) {
            merged.putAll(firstResponse);
        }
        firstResponse = Map.copyOf(merged);
    }

    /** The first-response target of a priority; an unknown priority gets the least urgent target. */
    public Duration firstResponseTarget(String priority) {
        Duration target = firstResponse.get(priority);
        return target != null ? target : firstResponse.get("P4");
    }

}
