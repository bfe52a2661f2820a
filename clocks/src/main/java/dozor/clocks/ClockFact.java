package dozor.clocks;

import java.time.Instant;

/**
 * What happened to a clock, at a moment computed from the events and the calendar (never from when the engine
 * happened to look): a replay of the same events yields the same facts.
 *
 * @param kind CHANGED (started, paused, resumed, stopped, target changed), WARNING, BREACH or ESCALATION
 * @param audience for an escalation: ASSIGNEE, DEPARTMENT_HEAD or MANAGER
 */
public record ClockFact(String kind, Instant at, Clock clock, int level, String audience) {

    static ClockFact changed(Instant at, Clock clock) {
        return new ClockFact("CHANGED", at, clock, 0, null);
    }
}
