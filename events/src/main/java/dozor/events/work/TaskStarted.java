package dozor.events.work;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Somebody started working on a task. */
public record TaskStarted(UUID eventId, Instant occurredAt, int version, UUID taskId, UUID requestId,
        String department, String kind, String actor) implements WorkEvent {

    public static final String TYPE = "TaskStarted";

    public static final int CURRENT_VERSION = 1;

    public TaskStarted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(requestId, "requestId");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
