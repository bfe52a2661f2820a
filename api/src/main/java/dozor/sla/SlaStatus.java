package dozor.sla;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The live SLA state of a request as the streams side computes it: the headline clock (first response while it
 * runs, then resolution) and every clock, department legs included.
 *
 * @param state RUNNING, PAUSED, MET, BREACHED, or PENDING (the streams side has not seen the request yet) or
 *     UNKNOWN (the streams side cannot be reached)
 */
public record SlaStatus(String target, String state, Instant startedAt, Instant dueAt, List<ClockState> clocks) {

    /** One clock: which target, where it stands, how much business time it used of its target. */
    public record ClockState(String key, String target, UUID taskId, String department, String assignee, String state,
            Instant startedAt, Instant dueAt, long usedMillis, long targetMillis, String pauseReason,
            Instant breachedAt, int escalationLevel) {
    }

    public static final String FIRST_RESPONSE = "FIRST_RESPONSE";

    public static SlaStatus pending() {
        return new SlaStatus(FIRST_RESPONSE, "PENDING", null, null, List.of());
    }

    public static SlaStatus unknown() {
        return new SlaStatus(FIRST_RESPONSE, "UNKNOWN", null, null, List.of());
    }
}
