package dozor.clocks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dozor.calendar.BusinessCalendar;
import dozor.calendar.NoWorkingTimeException;
import dozor.events.DozorEvent;
import dozor.events.requests.RequestPriorityChanged;
import dozor.events.requests.RequestRegistered;
import dozor.events.requests.RequestStatusChanged;
import dozor.events.work.TaskAssigned;
import dozor.events.work.TaskCancelled;
import dozor.events.work.TaskCompleted;
import dozor.events.work.TaskCreated;

/**
 * The SLA clocks of a request, driven by its events. Pure and deterministic: every moment it reports comes from
 * the events and the calendars, so replaying the same events gives the same facts however often {@link #tick} runs.
 *
 * <p>A clock runs in business time on its calendar. Pausing stores the business time used so far; resuming computes
 * a new due moment from what is left. The warning fires at {@code warnAt} of the target, the breach at the first
 * moment after the due moment; escalations follow the policy's ladder in plain time after the warning or breach.
 */
public final class ClockEngine {

    private static final Set<String> RESOLVED = Set.of("READY", "SHIPPED", "CLOSED");

    private final SlaPolicy policy;

    private final Calendars calendars;

    public ClockEngine(SlaPolicy policy, Calendars calendars) {
        this.policy = policy;
        this.calendars = calendars;
    }

    /** The new state and what happened, in time order. */
    public record Step(RequestClocks state, List<ClockFact> facts) {
    }

    public Step apply(RequestClocks state, DozorEvent event) {
        if (state.recentEvents().contains(event.eventId())) {
            return new Step(state, List.of());
        }
        List<ClockFact> facts = new ArrayList<>();
        Instant at = event.occurredAt();
        Step caughtUp = tick(state, at);
        RequestClocks s = caughtUp.state();
        facts.addAll(caughtUp.facts());
        if (event instanceof RequestRegistered r) {
            s = registered(s, r, facts);
        }
        else if (event instanceof RequestStatusChanged c) {
            s = statusChanged(s, c, facts);
        }
        else if (event instanceof RequestPriorityChanged p) {
            s = reprioritised(s, p, facts);
        }
        else if (event instanceof TaskCreated t) {
            s = taskCreated(s, t, facts);
        }
        else if (event instanceof TaskAssigned t) {
            Optional<Clock> leg = s.clock(Clock.LEG + ":" + t.taskId());
            if (leg.isPresent()) {
                s = s.with(leg.get().withAssignee(t.assignee()));
            }
        }
        else if (event instanceof TaskCompleted t) {
            s = taskEnded(s, t.taskId(), at, "STOPPED", facts);
        }
        else if (event instanceof TaskCancelled t) {
            s = taskEnded(s, t.taskId(), at, "CANCELLED", facts);
        }
        return new Step(s.remember(event.eventId()), facts);
    }

    private RequestClocks registered(RequestClocks s, RequestRegistered r, List<ClockFact> facts) {
        if (s.clock(Clock.FIRST_RESPONSE).isPresent()) {
            return s;
        }
        String tier = r.customerTier() == null ? SlaPolicy.ANY_TIER : r.customerTier();
        s = s.with(tier, r.priority(), "NEW");
        SlaPolicy.Targets targets = policy.targetsFor(tier, r.priority());
        for (String target : List.of(Clock.FIRST_RESPONSE, Clock.RESOLUTION)) {
            Duration d = target.equals(Clock.FIRST_RESPONSE) ? targets.firstResponse() : targets.resolution();
            Clock clock = new Clock(target, null, null, null, policy.supportCalendar(), d.toMillis(), r.registeredAt(), 0,
                    null, "WAITING", null, null, null, null, null, null, 0, null);
            clock = run(clock, r.registeredAt());
            s = s.with(clock);
            facts.add(ClockFact.changed(r.registeredAt(), clock));
        }
        return s;
    }

    private RequestClocks statusChanged(RequestClocks s, RequestStatusChanged c, List<ClockFact> facts) {
        Instant at = c.occurredAt();
        String from = c.fromStatus();
        String to = c.toStatus();
        if ("CANCELLED".equals(to)) {
            // A cancelled request leaves the SLA figures: every clock still open is cancelled, not met.
            for (Clock clock : s.clocks()) {
                if (!clock.finished()) {
                    s = change(s, clock.key(), k -> stop(k, at, "CANCELLED"), at, facts);
                }
            }
            return s.with(s.tier(), s.priority(), to);
        }
        if ("NEW".equals(from)) {
            s = change(s, Clock.FIRST_RESPONSE, clock -> stop(clock, at, "STOPPED"), at, facts);
        }
        if (RESOLVED.contains(to)) {
            s = change(s, Clock.RESOLUTION, clock -> clock.finished() ? clock : stop(clock, at, "STOPPED"), at, facts);
        }
        else if (policy.pausingStatuses().contains(to)) {
            s = change(s, Clock.RESOLUTION, clock -> clock.running() ? pause(clock, at, to) : clock, at, facts);
        }
        else if ("REOPENED".equals(to) || policy.pausingStatuses().contains(from)) {
            s = change(s, Clock.RESOLUTION, clock -> "RUNNING".equals(clock.run()) ? clock : run(clock, at), at, facts);
        }
        return s.with(s.tier(), s.priority(), to);
    }

    private RequestClocks reprioritised(RequestClocks s, RequestPriorityChanged p, List<ClockFact> facts) {
        Instant at = p.occurredAt();
        SlaPolicy.Targets targets = policy.targetsFor(s.tier(), p.toPriority());
        s = change(s, Clock.FIRST_RESPONSE, c -> retarget(c, targets.firstResponse(), at), at, facts);
        s = change(s, Clock.RESOLUTION, c -> retarget(c, targets.resolution(), at), at, facts);
        return s.with(s.tier(), p.toPriority(), s.status());
    }

    private RequestClocks taskCreated(RequestClocks s, TaskCreated t, List<ClockFact> facts) {
        String key = Clock.LEG + ":" + t.taskId();
        if (s.clock(key).isPresent()) {
            return s;
        }
        Clock leg = new Clock(Clock.LEG, t.taskId(), t.department(), t.assignee(), policy.calendarOf(t.department()),
                policy.legTarget(t.department()).toMillis(), null, 0, null, "WAITING", null, null, null, null, null,
                null, 0, t.dependsOn());
        boolean blocked = t.dependsOn() != null && s.clock(Clock.LEG + ":" + t.dependsOn())
                .map(c -> !c.finished()).orElse(false);
        if (!blocked) {
            leg = run(leg.withStartedAt(t.occurredAt()), t.occurredAt());
        }
        facts.add(ClockFact.changed(t.occurredAt(), leg));
        return s.with(leg);
    }

    private RequestClocks taskEnded(RequestClocks s, java.util.UUID taskId, Instant at, String how,
            List<ClockFact> facts) {
        s = change(s, Clock.LEG + ":" + taskId, c -> c.finished() ? c : stop(c, at, how), at, facts);
        for (Clock waiting : s.clocks()) {
            if ("WAITING".equals(waiting.run()) && taskId.equals(waiting.dependsOnTask())) {
                s = change(s, waiting.key(), c -> run(c.withStartedAt(at), at), at, facts);
            }
        }
        return s;
    }

    /** Brings every running clock up to {@code now}: warnings, breaches and escalations whose moment has come. */
    public Step tick(RequestClocks state, Instant now) {
        List<ClockFact> facts = new ArrayList<>();
        RequestClocks s = state;
        for (Clock clock : state.clocks()) {
            if (!clock.running()) {
                continue;
            }
            Clock c = clock;
            if (c.warnedAt() == null && c.warnAt() != null && !now.isBefore(c.warnAt())) {
                c = c.warned(c.warnAt());
                facts.add(new ClockFact("WARNING", c.warnedAt(), c, 0, null));
            }
            if (c.breachedAt() == null && c.dueAt() != null && now.isAfter(c.dueAt())) {
                c = c.breached(c.dueAt());
                facts.add(new ClockFact("BREACH", c.breachedAt(), c, 0, null));
            }
            for (SlaPolicy.EscalationStep step : policy.ladder().stream()
                    .sorted(Comparator.comparingInt(SlaPolicy.EscalationStep::level)).toList()) {
                if (step.level() <= c.escalationLevel()) {
                    continue;
                }
                Instant trigger = "WARNING".equals(step.after()) ? c.warnedAt() : c.breachedAt();
                if (trigger == null || now.isBefore(trigger.plus(step.delay()))) {
                    break;
                }
                c = c.escalated(step.level());
                facts.add(new ClockFact("ESCALATION", trigger.plus(step.delay()), c, step.level(), step.audience()));
            }
            if (c != clock) {
                s = s.with(c);
            }
        }
        facts.sort(Comparator.comparing(ClockFact::at));
        return new Step(s, facts);
    }

    /** The next moment at which {@link #tick} would report something, if any: for the due index. */
    public Optional<Instant> nextDeadline(RequestClocks state) {
        Instant next = null;
        for (Clock c : state.clocks()) {
            if (!c.running()) {
                continue;
            }
            if (c.warnedAt() == null && c.warnAt() != null) {
                next = min(next, c.warnAt());
            }
            if (c.breachedAt() == null && c.dueAt() != null) {
                next = min(next, c.dueAt().plusMillis(1));
            }
            for (SlaPolicy.EscalationStep step : policy.ladder()) {
                if (step.level() == c.escalationLevel() + 1) {
                    Instant trigger = "WARNING".equals(step.after()) ? c.warnedAt() : c.breachedAt();
                    if (trigger != null) {
                        next = min(next, trigger.plus(step.delay()));
                    }
                }
            }
        }
        return Optional.ofNullable(next);
    }

    /** Business time used by the clock up to {@code at}. */
    public Duration used(Clock clock, Instant at) {
        long used = clock.usedMillis();
        if (clock.running() && clock.runningSince() != null && at.isAfter(clock.runningSince())) {
            used += calendar(clock).workingTimeBetween(clock.runningSince(), at).toMillis();
        }
        return Duration.ofMillis(used);
    }

    private RequestClocks change(RequestClocks s, String key, java.util.function.UnaryOperator<Clock> how, Instant at,
            List<ClockFact> facts) {
        Optional<Clock> clock = s.clock(key);
        if (clock.isEmpty()) {
            return s;
        }
        Clock changed = how.apply(clock.get());
        if (changed.equals(clock.get())) {
            return s;
        }
        facts.add(ClockFact.changed(at, changed));
        return s.with(changed);
    }

    private Clock run(Clock clock, Instant at) {
        long left = Math.max(0, clock.targetMillis() - clock.usedMillis());
        long warnLeft = Math.max(0, (long) (clock.targetMillis() * policy.warnAt()) - clock.usedMillis());
        BusinessCalendar calendar = calendar(clock);
        Instant due = addOrNull(calendar, at, left);
        Instant warn = clock.warnedAt() != null ? null : addOrNull(calendar, at, warnLeft);
        Clock started = clock.startedAt() == null ? clock.withStartedAt(at) : clock;
        return started.with(clock.usedMillis(), at, "RUNNING", null, due, warn);
    }

    private Clock pause(Clock clock, Instant at, String reason) {
        return clock.with(used(clock, at).toMillis(), null, "PAUSED", reason, null, null);
    }

    private Clock stop(Clock clock, Instant at, String how) {
        if (clock.finished()) {
            return clock;
        }
        return clock.stopped(at, "WAITING".equals(clock.run()) ? 0 : used(clock, at).toMillis(), how);
    }

    private Clock retarget(Clock clock, Duration target, Instant at) {
        if (clock.finished() || clock.targetMillis() == target.toMillis()) {
            return clock;
        }
        Clock t = clock.withTarget(target.toMillis());
        if (!clock.running()) {
            return t;
        }
        return run(t.with(used(clock, at).toMillis(), at, "RUNNING", null, null, null), at);
    }

    private BusinessCalendar calendar(Clock clock) {
        return calendars.get(clock.calendarId());
    }

    private static Instant addOrNull(BusinessCalendar calendar, Instant at, long millis) {
        try {
            return calendar.addWorkingTime(at, Duration.ofMillis(millis));
        }
        catch (NoWorkingTimeException ex) {
            return null;
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
