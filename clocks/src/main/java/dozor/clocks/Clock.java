package dozor.clocks;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One SLA clock: a target measured in business time on one calendar. Immutable; the engine returns changed copies.
 *
 * @param target FIRST_RESPONSE, RESOLUTION or LEG (a department's task)
 * @param run WAITING (a leg whose task waits for another), RUNNING, PAUSED, STOPPED or CANCELLED
 * @param usedMillis business milliseconds used before {@code runningSince}
 * @param breachedAt when the target was missed (its due moment), or {@code null}
 * @param warnedAt when the warning threshold was passed, or {@code null}
 * @param escalationLevel the highest escalation rung already raised
 */
public record Clock(String target, UUID taskId, String department, String assignee, String calendarId,
        long targetMillis, Instant startedAt, long usedMillis, Instant runningSince, String run, String pauseReason,
        Instant dueAt, Instant warnAt, Instant warnedAt, Instant breachedAt, Instant stoppedAt, int escalationLevel,
        UUID dependsOnTask) {

    public static final String FIRST_RESPONSE = "FIRST_RESPONSE";

    public static final String RESOLUTION = "RESOLUTION";

    public static final String LEG = "LEG";

    /** Identifies the clock within its request: the target, and the task for a leg. */
    public String key() {
        return taskId == null ? target : LEG + ":" + taskId;
    }

    public boolean running() {
        return "RUNNING".equals(run);
    }

    public boolean finished() {
        return "STOPPED".equals(run) || "CANCELLED".equals(run);
    }

    /** What a person sees: RUNNING, PAUSED, WAITING, MET, BREACHED (late, running or finished) or CANCELLED. */
    public String state() {
        if ("CANCELLED".equals(run)) {
            return "CANCELLED";
        }
        if (breachedAt != null) {
            return "BREACHED";
        }
        return "STOPPED".equals(run) ? "MET" : run;
    }

    public Duration targetDuration() {
        return Duration.ofMillis(targetMillis);
    }

    Clock with(long used, Instant since, String newRun, String reason, Instant due, Instant warn) {
        return new Clock(target, taskId, department, assignee, calendarId, targetMillis, startedAt, used, since, newRun,
                reason, due, warn, warnedAt, breachedAt, stoppedAt, escalationLevel, dependsOnTask);
    }

    Clock withStartedAt(Instant at) {
        return new Clock(target, taskId, department, assignee, calendarId, targetMillis, at, usedMillis, runningSince,
                run, pauseReason, dueAt, warnAt, warnedAt, breachedAt, stoppedAt, escalationLevel, dependsOnTask);
    }

    Clock withTarget(long millis) {
        return new Clock(target, taskId, department, assignee, calendarId, millis, startedAt, usedMillis,
                runningSince, run, pauseReason, dueAt, warnAt, warnedAt, breachedAt, stoppedAt, escalationLevel,
                dependsOnTask);
    }

    Clock withAssignee(String who) {
        return new Clock(target, taskId, department, who, calendarId, targetMillis, startedAt, usedMillis,
                runningSince, run, pauseReason, dueAt, warnAt, warnedAt, breachedAt, stoppedAt, escalationLevel,
                dependsOnTask);
    }

    Clock warned(Instant at) {
        return new Clock(target, taskId, department, assignee, calendarId, targetMillis, startedAt, usedMillis,
                runningSince, run, pauseReason, dueAt, null, at, breachedAt, stoppedAt, escalationLevel, dependsOnTask);
    }

    Clock breached(Instant at) {
        return new Clock(target, taskId, department, assignee, calendarId, targetMillis, startedAt, usedMillis,
                runningSince, run, pauseReason, dueAt, warnAt, warnedAt, at, stoppedAt, escalationLevel, dependsOnTask);
    }

    Clock stopped(Instant at, long used, String newRun) {
        return new Clock(target, taskId, department, assignee, calendarId, targetMillis, startedAt, used, null, newRun,
                null, null, null, warnedAt, breachedAt, at, escalationLevel, dependsOnTask);
    }

    Clock escalated(int level) {
        return new Clock(target, taskId, department, assignee, calendarId, targetMillis, startedAt, usedMillis,
                runningSince, run, pauseReason, dueAt, warnAt, warnedAt, breachedAt, stoppedAt, level, dependsOnTask);
    }
}
