package dozor.events.work;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A task will not be done (its request was cancelled or merged). */
public record TaskCancelled(UUID eventId, Instant occurredAt, int version, UUID taskId, UUID requestId,
        String department, String reason) implements WorkEvent {

    public static final String TYPE = "TaskCancelled";

    public static final int CURRENT_VERSION = 1;

    public TaskCancelled {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(requestId, "requestId");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
