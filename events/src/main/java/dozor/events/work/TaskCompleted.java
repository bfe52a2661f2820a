package dozor.events.work;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A task is done. */
public record TaskCompleted(UUID eventId, Instant occurredAt, int version, UUID taskId, UUID requestId,
        String department, String kind, String actor, String note) implements WorkEvent {

    public static final String TYPE = "TaskCompleted";

    public static final int CURRENT_VERSION = 1;

    public TaskCompleted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(requestId, "requestId");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
