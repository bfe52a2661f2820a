package dozor.work;

import java.util.List;
import java.util.UUID;

/**
 * Which tasks a triaged request needs. A rule matches when all its non-null conditions equal the request's
 * values; the first active match by position decides.
 *
 * @param plan the tasks, each optionally after another kind of the same plan
 */
public record RoutingRule(UUID id, int position, String category, String deviceType, String region, String tier,
        List<PlannedTask> plan, String description, boolean active) {

    public record PlannedTask(TaskKind kind, TaskKind after) {
    }
}
