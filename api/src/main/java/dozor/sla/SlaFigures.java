package dozor.sla;

/**
 * Outcome figures of one target over a period: how many clocks finished, how many in time, and the business time
 * used (mean and 90th percentile).
 *
 * @param target FIRST_RESPONSE, RESOLUTION, or LEG:&lt;department&gt;
 */
public record SlaFigures(String target, long finished, long met, double metShare, long meanMillis, long p90Millis) {
}
