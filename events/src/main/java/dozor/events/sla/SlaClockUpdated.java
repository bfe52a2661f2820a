package dozor.events.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The state of one SLA clock of a request changed (started, paused, met...).
 *
 * @param state RUNNING, BREACHED or MET
 */
public record SlaClockUpdated(UUID eventId, Instant occurredAt, int version, UUID requestId, String target,
        String priority, String state, Instant startedAt, Instant dueAt) implements SlaEvent {

    public static final String TYPE = "SlaClockUpdated";

    public static final int CURRENT_VERSION = 1;

    public SlaClockUpdated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
