package dozor.events.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An SLA clock used the warning share of its target (80 % by default) and still runs. */
public record SlaWarning(UUID eventId, Instant occurredAt, int version, UUID requestId, String target,
        String priority, Instant dueAt, UUID taskId, String department, String assignee) implements SlaEvent {

    public static final String TYPE = "SlaWarning";

    public static final int CURRENT_VERSION = 1;

    public SlaWarning {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
