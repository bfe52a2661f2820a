package dozor.work;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The departments' operational targets ({@code dozor.work.leg-targets.ENGINEERING=PT16H}): the planned due time of
 * a new task. The SLA clocks measure against the same targets in business time.
 */
@ConfigurationProperties("dozor.work")
public record WorkProperties(Map<Department, Duration> legTargets) {

    private static final Map<Department, Duration> DEFAULTS = Map.of(Department.ENGINEERING, Duration.ofHours(16),
            Department.WAREHOUSE, Duration.ofHours(4), Department.PROCUREMENT, Duration.ofHours(24),
            Department.LOGISTICS, Duration.ofHours(8), Department.ACCOUNTING, Duration.ofHours(8));

    public WorkProperties {
        Map<Department, Duration> merged = new java.util.EnumMap<>(DEFAULTS);
        if (legTargets != null) {
            merged.putAll(legTargets);
        }
        legTargets = Map.copyOf(merged);
    }

    public Duration legTarget(Department department) {
        return legTargets.get(department);
    }
}
