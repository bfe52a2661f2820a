package dozor.queue;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a dispatcher filters the queue by; every part is optional. {@code q} is full-text (Russian stemming:
 * "ремонт" finds "ремонта") over the request, its tasks' notes, comments and document titles.
 *
 * @param from first Minsk day of registration, inclusive
 * @param to last Minsk day of registration, inclusive
 */
public record QueueFilter(String q, Set<String> statuses, Set<String> priorities, Set<String> categories,
        String department, String assignee, Set<String> slaStates, UUID customerId, LocalDate from, LocalDate to,
        boolean duplicatesOnly) {

    public static QueueFilter none() {
        return new QueueFilter(null, Set.of(), Set.of(), Set.of(), null, null, Set.of(), null, null, null, false);
    }
}
