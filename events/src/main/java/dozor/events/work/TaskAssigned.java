package dozor.events.work;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A task was given to a person (or taken back into the queue when {@code assignee} is null). */
public record TaskAssigned(UUID eventId, Instant occurredAt, int version, UUID taskId, UUID requestId,
        String department, String assignee, String actor) implements WorkEvent {

    public static final String TYPE = "TaskAssigned";

    public static final int CURRENT_VERSION = 1;

    public TaskAssigned {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(requestId, "requestId");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
