package dozor.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dozor.events.DozorEvent;
import dozor.events.requests.RequestRegistered;
import dozor.events.requests.RequestStatusChanged;
import dozor.events.work.TaskCompleted;
import dozor.events.work.TaskCreated;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of the clocks on the real business calendars (desk hours, office hours with lunch, holidays). */
class ClockEnginePropertiesTests {

    static final ClockEngine ENGINE = new ClockEngine(withOfficeLegs(), Calendars.defaults());

    static SlaPolicy withOfficeLegs() {
        SlaPolicy p = SlaPolicy.defaults();
        return new SlaPolicy(p.version(), p.targets(), p.legTargets(), p.pausingStatuses(), p.warnAt(), p.ladder(),
                p.supportCalendar(), java.util.Map.of("ENGINEERING", "office", "WAREHOUSE", "office"));
    }

    static final List<String> PATH = List.of("NEW", "TRIAGED", "IN_PROGRESS", "AWAITING_CUSTOMER", "IN_PROGRESS",
            "AWAITING_PARTS", "IN_PROGRESS", "READY", "CLOSED");

    /** A plausible history of one request: random gaps, a random prefix of the lifecycle, two tasks. */
    static List<DozorEvent> history(long seed) {
        Random random = new Random(seed);
        UUID request = UUID.randomUUID();
        Instant t = Instant.parse("2025-12-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(60 * 24 * 400)));
        String priority = "P" + (1 + random.nextInt(4));
        List<DozorEvent> events = new ArrayList<>();
        events.add(new RequestRegistered(UUID.randomUUID(), t, 2, request, "З-2026-000001", "К", null, "DVR", priority,
                t, UUID.randomUUID(), random.nextBoolean() ? "GOLD" : "STANDARD", "PAID_REPAIR", "CCTV_NVR", "API", null));
        UUID diagnose = UUID.randomUUID();
        UUID reserve = UUID.randomUUID();
        int steps = 1 + random.nextInt(PATH.size() - 1);
        for (int i = 1; i <= steps; i++) {
            t = t.plus(Duration.ofMinutes(1 + random.nextInt(60 * 30)));
            events.add(new RequestStatusChanged(UUID.randomUUID(), t, 1, request, PATH.get(i - 1), PATH.get(i), "X", "u",
                    null));
            if (i == 1) {
                events.add(new TaskCreated(UUID.randomUUID(), t, 1, diagnose, request, "DIAGNOSE", "ENGINEERING", "e",
                        null, null));
                events.add(new TaskCreated(UUID.randomUUID(), t, 1, reserve, request, "RESERVE_PARTS", "WAREHOUSE", "w",
                        diagnose, null));
            }
            if (i == 3) {
                events.add(new TaskCompleted(UUID.randomUUID(), t, 1, diagnose, request, "ENGINEERING", "DIAGNOSE", "e",
                        null));
            }
        }
        return events;
    }

    record Seen(String kind, Instant at, String key, int level) {
    }

    @Property(tries = 150)
    void howOftenTheClocksAreLookedAtChangesNothing(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int ticks) {
        List<DozorEvent> events = history(seed);
        Instant end = events.get(events.size() - 1).occurredAt().plus(Duration.ofDays(3));

        List<Seen> lazyFacts = new ArrayList<>();
        RequestClocks lazy = RequestClocks.empty(events.get(0).eventId());
        for (DozorEvent e : events) {
            lazy = collect(ENGINE.apply(lazy, e), lazyFacts);
        }
        lazy = collect(ENGINE.tick(lazy, end), lazyFacts);

        Random random = new Random(seed ^ ticks);
        List<Seen> busyFacts = new ArrayList<>();
        RequestClocks busy = RequestClocks.empty(events.get(0).eventId());
        for (int i = 0; i < events.size(); i++) {
            busy = collect(ENGINE.apply(busy, events.get(i)), busyFacts);
            Instant from = events.get(i).occurredAt();
            Instant to = i + 1 < events.size() ? events.get(i + 1).occurredAt() : end;
            long span = Math.max(1, Duration.between(from, to).toSeconds());
            for (int k = 0; k < ticks; k++) {
                from = from.plusSeconds(random.nextLong(Math.max(1, span / ticks)));
                busy = collect(ENGINE.tick(busy, from), busyFacts);
            }
        }
        busy = collect(ENGINE.tick(busy, end), busyFacts);

        assertThat(busy.clocks()).isEqualTo(lazy.clocks());
        assertThat(busyFacts).containsExactlyInAnyOrderElementsOf(lazyFacts);
    }

    @Property(tries = 150)
    void usedTimeNeverExceedsTheWorkingTimeElapsedAndNeverShrinks(@ForAll long seed) {
        List<DozorEvent> events = history(seed);
        RequestClocks s = RequestClocks.empty(events.get(0).eventId());
        java.util.Map<String, Long> lastUsed = new java.util.HashMap<>();
        for (DozorEvent e : events) {
            s = ENGINE.apply(s, e).state();
            for (Clock c : s.clocks()) {
                if (c.startedAt() == null) {
                    continue;
                }
                long used = ENGINE.used(c, e.occurredAt()).toMillis();
                long elapsed = Calendars.defaults().get(c.calendarId())
                        .workingTimeBetween(c.startedAt(), e.occurredAt()).toMillis();
                assertThat(used).as(c.key()).isLessThanOrEqualTo(elapsed);
                assertThat(used).as(c.key()).isGreaterThanOrEqualTo(lastUsed.getOrDefault(c.key(), 0L));
                lastUsed.put(c.key(), used);
            }
        }
    }

    @Property(tries = 100)
    void aBreachIsReportedAtTheDueMomentOnlyWhenTheClockWasStillRunning(@ForAll long seed) {
        List<DozorEvent> events = history(seed);
        List<ClockFact> facts = new ArrayList<>();
        RequestClocks s = RequestClocks.empty(events.get(0).eventId());
        for (DozorEvent e : events) {
            ClockEngine.Step step = ENGINE.apply(s, e);
            s = step.state();
            facts.addAll(step.facts());
        }
        for (ClockFact f : facts) {
            if (f.kind().equals("BREACH")) {
                Clock c = f.clock();
                assertThat(f.at()).isEqualTo(c.dueAt());
                assertThat(ENGINE.used(c.with(c.usedMillis(), c.runningSince(), "RUNNING", null, c.dueAt(), null),
                        f.at()).toMillis()).isEqualTo(c.targetMillis());
            }
        }
    }

    private static RequestClocks collect(ClockEngine.Step step, List<Seen> into) {
        step.facts().forEach(f -> into.add(new Seen(f.kind(), f.at(), f.clock().key(), f.level())));
        return step.state();
    }
}
