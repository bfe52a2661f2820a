package dozor.streams.sla;

import java.time.Instant;
import java.util.UUID;

/**
 * One SLA clock of one request, as kept in the {@value SlaTopology#CLOCKS} store.
 *
 * @param state RUNNING, BREACHED or MET
 * @param breachedAt when it breached (its due time), or {@code null}
 */
public record SlaClock(UUID requestId, String target, String priority, String state, Instant startedAt,
        Instant dueAt, Instant breachedAt) {

    public static final String RUNNING = "RUNNING";

    public static final String BREACHED = "BREACHED";

    public static final String MET = "MET";

    SlaClock breach() {
        return new SlaClock(requestId, target, priority, BREACHED, startedAt, dueAt, dueAt);
    }

    boolean running() {
        return RUNNING.equals(state);
    }
}
