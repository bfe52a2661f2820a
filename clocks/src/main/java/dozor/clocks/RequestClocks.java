package dozor.clocks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every SLA clock of one request, with what the engine needs to know about the request (tier, priority, status)
 * and the ids of the last events applied (a re-delivered event changes nothing).
 */
public record RequestClocks(UUID requestId, String tier, String priority, String status, List<Clock> clocks,
        List<UUID> recentEvents) {

    static final int REMEMBERED_EVENTS = 64;

    public static RequestClocks empty(UUID requestId) {
        return new RequestClocks(requestId, null, null, null, List.of(), List.of());
    }

    public Optional<Clock> clock(String key) {
        return clocks.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The clock a person looks at first: first response while it runs, then resolution. */
    public Optional<Clock> headline() {
        Optional<Clock> first = clock(Clock.FIRST_RESPONSE);
        if (first.isPresent() && !first.get().finished()) {
            return first;
        }
        return clock(Clock.RESOLUTION).or(() -> first);
    }

    RequestClocks with(Clock clock) {
        Map<String, Clock> byKey = new LinkedHashMap<>();
        clocks.forEach(c -> byKey.put(c.key(), c));
        byKey.put(clock.key(), clock);
        return new RequestClocks(requestId, tier, priority, status, List.copyOf(byKey.values()), recentEvents);
    }

    RequestClocks with(String newTier, String newPriority, String newStatus) {
        return new RequestClocks(requestId, newTier, newPriority, newStatus, clocks, recentEvents);
    }

    RequestClocks remember(UUID eventId) {
        List<UUID> ids = new ArrayList<>(recentEvents);
        ids.add(eventId);
        if (ids.size() > REMEMBERED_EVENTS) {
            ids = ids.subList(ids.size() - REMEMBERED_EVENTS, ids.size());
        }
        return new RequestClocks(requestId, tier, priority, status, clocks, List.copyOf(ids));
    }
}
