package dozor.sla;

import java.time.Instant;

/**
 * The live state of a request's SLA clock as the streams side computes it.
 *
 * @param state RUNNING, BREACHED, MET, or PENDING (the streams side has not seen the request yet) or
 *     UNKNOWN (the streams side cannot be reached)
 */
public record SlaStatus(String target, String state, Instant startedAt, Instant dueAt) {

    public static final String FIRST_RESPONSE = "FIRST_RESPONSE";

    public static SlaStatus pending() {
        return new SlaStatus(FIRST_RESPONSE, "PENDING", null, null);
    }

    public static SlaStatus unknown() {
        return new SlaStatus(FIRST_RESPONSE, "UNKNOWN", null, null);
    }
}
