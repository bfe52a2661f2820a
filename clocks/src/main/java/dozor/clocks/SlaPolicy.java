package dozor.clocks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the clocks measure against. Targets by contract tier and priority ({@code "*"} is the fallback tier), a
 * target per department leg, the statuses that pause the resolution clock, the warning threshold, the escalation
 * ladder, and which business calendar each clock runs on (ids of {@link Calendars}).
 *
 * @param version raised on every edit; a consumer keeps the newest
 * @param warnAt share of the target at which a warning is raised (0.8)
 */
public record SlaPolicy(int version, Map<String, Map<String, Targets>> targets, Map<String, Duration> legTargets,
        Set<String> pausingStatuses, double warnAt, List<EscalationStep> ladder, String supportCalendar,
        Map<String, String> departmentCalendars) {

    /** First-response and resolution targets of one tier × priority. */
    public record Targets(Duration firstResponse, Duration resolution) {
    }

    /**
     * One rung of the escalation ladder: after the clock's warning or breach, plus a delay in plain time, tell the
     * audience (ASSIGNEE, DEPARTMENT_HEAD or MANAGER).
     */
    public record EscalationStep(int level, String after, Duration delay, String audience) {
    }

    public static final String ANY_TIER = "*";

    public Targets targetsFor(String tier, String priority) {
        Map<String, Targets> byPriority = targets.getOrDefault(tier == null ? ANY_TIER : tier, targets.get(ANY_TIER));
        if (byPriority == null || !byPriority.containsKey(priority)) {
            byPriority = targets.get(ANY_TIER);
        }
        Targets t = byPriority.get(priority);
        return t != null ? t : byPriority.get("P4");
    }

    public Duration legTarget(String department) {
        return legTargets.getOrDefault(department, Duration.ofHours(8));
    }

    public String calendarOf(String department) {
        return department == null ? supportCalendar : departmentCalendars.getOrDefault(department, supportCalendar);
    }

    /**
     * Dozor's default policy: first response and resolution by priority (tighter for GOLD and PLATINUM contracts),
     * department legs, pauses while awaiting the customer or parts, warning at 80 %, and a three-rung ladder.
     */
    public static SlaPolicy defaults() {
        Map<String, Targets> standard = Map.of(
                "P1", new Targets(Duration.ofHours(1), Duration.ofHours(8)),
                "P2", new Targets(Duration.ofHours(4), Duration.ofHours(24)),
                "P3", new Targets(Duration.ofHours(8), Duration.ofHours(40)),
                "P4", new Targets(Duration.ofHours(24), Duration.ofHours(80)));
        Map<String, Targets> premium = Map.of(
                "P1", new Targets(Duration.ofMinutes(30), Duration.ofHours(4)),
                "P2", new Targets(Duration.ofHours(2), Duration.ofHours(16)),
                "P3", new Targets(Duration.ofHours(4), Duration.ofHours(24)),
                "P4", new Targets(Duration.ofHours(8), Duration.ofHours(40)));
        return new SlaPolicy(1, Map.of(ANY_TIER, standard, "GOLD", premium, "PLATINUM", premium),
                Map.of("ENGINEERING", Duration.ofHours(16), "WAREHOUSE", Duration.ofHours(4), "PROCUREMENT",
                        Duration.ofHours(24), "LOGISTICS", Duration.ofHours(8), "ACCOUNTING", Duration.ofHours(8)),
                Set.of("AWAITING_CUSTOMER", "AWAITING_PARTS"), 0.8,
                List.of(new EscalationStep(1, "WARNING", Duration.ZERO, "ASSIGNEE"),
                        new EscalationStep(2, "BREACH", Duration.ZERO, "DEPARTMENT_HEAD"),
                        new EscalationStep(3, "BREACH", Duration.ofHours(2), "MANAGER")),
                Calendars.SUPPORT, Map.of());
    }
}
