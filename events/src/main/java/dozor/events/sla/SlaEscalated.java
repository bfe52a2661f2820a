package dozor.events.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A rung of the escalation ladder was reached for a clock.
 *
 * @param audience who must act: ASSIGNEE (the task's assignee, or the dispatchers for request clocks),
 *     DEPARTMENT_HEAD (the leg's department head, or the managers), MANAGER
 */
public record SlaEscalated(UUID eventId, Instant occurredAt, int version, UUID requestId, String target,
        String priority, int level, String audience, Instant dueAt, UUID taskId, String department, String assignee)
        implements SlaEvent {

    public static final String TYPE = "SlaEscalated";

    public static final int CURRENT_VERSION = 1;

    public SlaEscalated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(audience, "audience");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
