package dozor.events.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An SLA target of a request passed its due moment before it was met. */
public record SlaBreached(UUID eventId, Instant occurredAt, int version, UUID requestId, String target,
        String priority, Instant dueAt, Instant breachedAt, UUID taskId, String department, String assignee)
        implements SlaEvent {

    public static final String TYPE = "SlaBreached";

    /** 2 added taskId, department, assignee. */
    public static final int CURRENT_VERSION = 2;

    public SlaBreached {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(breachedAt, "breachedAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
