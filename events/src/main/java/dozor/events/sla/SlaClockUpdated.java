package dozor.events.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One SLA clock of a request changed: started, paused, resumed, retargeted, stopped or cancelled.
 *
 * @param target FIRST_RESPONSE, RESOLUTION or LEG (a department's task: {@code taskId}, {@code department})
 * @param state RUNNING, PAUSED, WAITING, MET, BREACHED or CANCELLED
 * @param finished the clock stopped for good (met, met late or cancelled)
 * @param usedMillis business time used so far (at {@code occurredAt})
 */
public record SlaClockUpdated(UUID eventId, Instant occurredAt, int version, UUID requestId, String target,
        String priority, String state, Instant startedAt, Instant dueAt, UUID taskId, String department,
        String assignee, Long usedMillis, Long targetMillis, String pauseReason, Boolean finished) implements SlaEvent {

    public static final String TYPE = "SlaClockUpdated";

    /** 2 added taskId, department, assignee, usedMillis, targetMillis, pauseReason, finished. */
    public static final int CURRENT_VERSION = 2;

    public SlaClockUpdated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(state, "state");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
