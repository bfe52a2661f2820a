package dozor.work;

import java.time.Instant;
import java.util.UUID;

/** A task as other features and the REST API see it. */
public record WorkTaskView(UUID id, UUID requestId, TaskKind kind, Department department, String assignee,
        TaskStatus status, UUID dependsOn, Instant plannedDueAt, Instant createdAt, Instant startedAt, Instant doneAt,
        String note, int version) {
}
