package dozor.history;

import java.util.List;

/**
 * A request's history, oldest first and newest last.
 *
 * @param truncated whether older entries were left out to keep within the requested limit
 */
public record Timeline(List<TimelineEntry> items, boolean truncated) {
}
