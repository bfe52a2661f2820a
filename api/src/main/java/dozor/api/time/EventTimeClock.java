package dozor.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The platform's clock: the system's, except on a thread that is replaying history. A loader of past operations (the
 * demo data, a migration) runs each one {@link #at at the moment it happened}, so its rows, audit records, status
 * intervals and events carry that moment, and the SLA clocks, marts and dashboards see a real past rather than
 * everything happening at load time. Other threads are never affected.
 */
public final class EventTimeClock extends Clock {

    private static final ThreadLocal<Instant> REPLAYING = new ThreadLocal<>();

    private final Clock system;

    public EventTimeClock(Clock system) {
        this.system = Objects.requireNonNull(system, "system");
    }

    /** Runs {@code work} on this thread as if it were {@code moment}; nested calls restore the outer moment. */
    public <T> T at(Instant moment, Supplier<T> work) {
        Objects.requireNonNull(moment, "moment");
        Instant outer = REPLAYING.get();
        REPLAYING.set(moment);
        try {
            return work.get();
        }
        finally {
            if (outer == null) {
                REPLAYING.remove();
            }
            else {
                REPLAYING.set(outer);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant replaying = REPLAYING.get();
        return replaying != null ? replaying : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new EventTimeClock(system.withZone(zone));
    }
}
