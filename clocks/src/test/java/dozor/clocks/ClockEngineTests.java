package dozor.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dozor.events.DozorEvent;
import dozor.events.requests.RequestPriorityChanged;
import dozor.events.requests.RequestRegistered;
import dozor.events.requests.RequestStatusChanged;
import dozor.events.work.TaskCompleted;
import dozor.events.work.TaskCreated;

class ClockEngineTests {

    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    static final UUID REQUEST = UUID.randomUUID();

    static Instant minsk(String local) {
        return LocalDateTime.parse(local).atZone(MINSK).toInstant();
    }

    final ClockEngine always = new ClockEngine(SlaPolicy.defaults(), Calendars.always());

    final ClockEngine office = new ClockEngine(SlaPolicy.defaults(), Calendars.defaults());

    static RequestRegistered registered(Instant at, String priority, String tier) {
        return new RequestRegistered(UUID.randomUUID(), at, 2, REQUEST, "З-2026-000001", "Клиент", null, "DVR",
                priority, at, UUID.randomUUID(), tier, "PAID_REPAIR", "CCTV_NVR", "API", null);
    }

    static RequestStatusChanged status(Instant at, String from, String to) {
        return new RequestStatusChanged(UUID.randomUUID(), at, 1, REQUEST, from, to, "X", "dispatcher", null);
    }

    RequestClocks run(ClockEngine engine, List<DozorEvent> events, List<ClockFact> facts) {
        RequestClocks s = RequestClocks.empty(REQUEST);
        for (DozorEvent e : events) {
            ClockEngine.Step step = engine.apply(s, e);
            s = step.state();
            facts.addAll(step.facts());
        }
        return s;
    }

    @Test
    void aRegistrationStartsFirstResponseAndResolutionClocks() {
        Instant t0 = Instant.parse("2026-03-02T07:00:00Z");
        RequestClocks s = run(always, List.of(registered(t0, "P2", null)), new java.util.ArrayList<>());
        Clock first = s.clock(Clock.FIRST_RESPONSE).orElseThrow();
        assertThat(first.state()).isEqualTo("RUNNING");
        assertThat(first.dueAt()).isEqualTo(t0.plus(Duration.ofHours(4)));
        assertThat(first.warnAt()).isEqualTo(t0.plus(Duration.ofMinutes(192)));
        assertThat(s.clock(Clock.RESOLUTION).orElseThrow().dueAt()).isEqualTo(t0.plus(Duration.ofHours(24)));
    }

    @Test
    void aGoldContractGetsTighterTargets() {
        Instant t0 = Instant.parse("2026-03-02T07:00:00Z");
        RequestClocks s = run(always, List.of(registered(t0, "P1", "GOLD")), new java.util.ArrayList<>());
        assertThat(s.clock(Clock.FIRST_RESPONSE).orElseThrow().dueAt()).isEqualTo(t0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void triageInTimeMeetsTheFirstResponseTarget() {
        Instant t0 = Instant.parse("2026-03-02T07:00:00Z");
        var facts = new java.util.ArrayList<ClockFact>();
        RequestClocks s = run(always, List.of(registered(t0, "P1", null),
                status(t0.plus(Duration.ofMinutes(40)), "NEW", "TRIAGED")), facts);
        Clock first = s.clock(Clock.FIRST_RESPONSE).orElseThrow();
        assertThat(first.state()).isEqualTo("MET");
        assertThat(first.usedMillis()).isEqualTo(Duration.ofMinutes(40).toMillis());
        assertThat(facts).noneMatch(f -> f.kind().equals("BREACH"));
    }

    @Test
    void warnsAtEightyPercentBreachesAtTheDueMomentAndClimbsTheLadder() {
        Instant t0 = Instant.parse("2026-03-02T07:00:00Z");
        RequestClocks s = run(always, List.of(registered(t0, "P1", null)), new java.util.ArrayList<>());

        s = new RequestClocks(s.requestId(), s.tier(), s.priority(), s.status(),
                List.of(s.clock(Clock.FIRST_RESPONSE).orElseThrow()), s.recentEvents()); // this test: first response only
        var early = always.tick(s, t0.plus(Duration.ofMinutes(47)));
        assertThat(early.facts()).isEmpty();
        var warned = always.tick(early.state(), t0.plus(Duration.ofMinutes(48)));
        assertThat(warned.facts()).extracting(ClockFact::kind).containsExactly("WARNING", "ESCALATION");
        assertThat(warned.facts().get(1).audience()).isEqualTo("ASSIGNEE");

        var atDue = always.tick(warned.state(), t0.plus(Duration.ofHours(1)));
        assertThat(atDue.facts()).as("due at 60 min: not yet late at that instant").isEmpty();
        var late = always.tick(atDue.state(), t0.plus(Duration.ofHours(5)));
        assertThat(late.facts()).extracting(f -> f.kind() + "@" + f.level() + "@" + f.at())
                .containsExactly("BREACH@0@" + t0.plus(Duration.ofHours(1)),
                        "ESCALATION@2@" + t0.plus(Duration.ofHours(1)),
                        "ESCALATION@3@" + t0.plus(Duration.ofHours(3)));
        assertThat(late.state().clock(Clock.FIRST_RESPONSE).orElseThrow().state()).isEqualTo("BREACHED");
        assertThat(always.tick(late.state(), t0.plus(Duration.ofDays(3))).facts()).as("each once").isEmpty();
    }

    @Test
    void waitingForTheCustomerPausesTheResolutionClock() {
        Instant t0 = Instant.parse("2026-03-02T07:00:00Z");
        RequestClocks s = run(always, List.of(registered(t0, "P2", null), status(t0.plusSeconds(600), "NEW", "TRIAGED"),
                status(t0.plus(Duration.ofHours(2)), "TRIAGED", "AWAITING_CUSTOMER")), new java.util.ArrayList<>());
        Clock paused = s.clock(Clock.RESOLUTION).orElseThrow();
        assertThat(paused.state()).isEqualTo("PAUSED");
        assertThat(paused.pauseReason()).isEqualTo("AWAITING_CUSTOMER");
        assertThat(paused.usedMillis()).isEqualTo(Duration.ofHours(2).toMillis());

        RequestClocks resumed = run(always, List.of(registered(t0, "P2", null),
                status(t0.plusSeconds(600), "NEW", "TRIAGED"),
                status(t0.plus(Duration.ofHours(2)), "TRIAGED", "AWAITING_CUSTOMER"),
                status(t0.plus(Duration.ofHours(12)), "AWAITING_CUSTOMER", "IN_PROGRESS")), new java.util.ArrayList<>());
        assertThat(resumed.clock(Clock.RESOLUTION).orElseThrow().dueAt())
                .as("24 h target, 2 h used, 10 h paused").isEqualTo(t0.plus(Duration.ofHours(34)));
    }

    @Test
    void businessTimeSkipsLunchNightsWeekendsAndHolidaysForDepartmentLegs() {
        Instant created = minsk("2026-04-17T16:30:00"); // Friday; 20 Apr is a transferred day off, 21 Apr Радуница
        var task = new TaskCreated(UUID.randomUUID(), created, 1, UUID.randomUUID(), REQUEST, "DIAGNOSE",
                "WAREHOUSE", "warehouse", null, null);
        SlaPolicy policy = SlaPolicy.defaults();
        policy = new SlaPolicy(policy.version(), policy.targets(), policy.legTargets(), policy.pausingStatuses(),
                policy.warnAt(), policy.ladder(), policy.supportCalendar(), java.util.Map.of("WAREHOUSE", "office"));
        ClockEngine engine = new ClockEngine(policy, Calendars.defaults());
        RequestClocks s = run(engine, List.of(registered(created, "P3", null), task), new java.util.ArrayList<>());
        // 4 h warehouse leg: 1.5 h on Friday, then Wednesday 22 Apr 09:00-11:30.
        assertThat(s.clock(Clock.LEG + ":" + task.taskId()).orElseThrow().dueAt())
                .isEqualTo(minsk("2026-04-22T11:30:00"));
    }

    @Test
    void theSupportDeskCalendarRunsFromEightToEightEveryDay() {
        Instant registered = minsk("2026-03-07T19:30:00"); // Saturday evening
        RequestClocks s = run(office, List.of(registered(registered, "P1", null)), new java.util.ArrayList<>());
        // 1 h: 30 min on Saturday, 30 min from Sunday 08:00; 8 March is a holiday but falls on Sunday... it is
        // a holiday, so the desk is closed: Monday 9 March 08:30.
        assertThat(s.clock(Clock.FIRST_RESPONSE).orElseThrow().dueAt()).isEqualTo(minsk("2026-03-09T08:30:00"));
    }

    @Test
    void anOverriddenPriorityMovesTheDueMomentKeepingTheTimeUsed() {
        Instant t0 = Instant.parse("2026-03-02T07:00:00Z");
        RequestClocks s = run(always, List.of(registered(t0, "P4", null), new RequestPriorityChanged(UUID.randomUUID(),
                t0.plus(Duration.ofMinutes(30)), 1, REQUEST, "P4", "P1", "dispatcher", "Кража")),
                new java.util.ArrayList<>());
        assertThat(s.priority()).isEqualTo("P1");
        assertThat(s.clock(Clock.FIRST_RESPONSE).orElseThrow().dueAt()).isEqualTo(t0.plus(Duration.ofHours(1)));
    }

    @Test
    void aLegWaitsForTheTaskItDependsOn() {
        Instant t0 = Instant.parse("2026-03-02T07:00:00Z");
        UUID diagnose = UUID.randomUUID();
        UUID reserve = UUID.randomUUID();
        var events = List.<DozorEvent>of(registered(t0, "P3", null),
                new TaskCreated(UUID.randomUUID(), t0, 1, diagnose, REQUEST, "DIAGNOSE", "ENGINEERING", "engineer",
                        null, null),
                new TaskCreated(UUID.randomUUID(), t0, 1, reserve, REQUEST, "RESERVE_PARTS", "WAREHOUSE", "warehouse",
                        diagnose, null));
        RequestClocks s = run(always, events, new java.util.ArrayList<>());
        assertThat(s.clock(Clock.LEG + ":" + reserve).orElseThrow().state()).isEqualTo("WAITING");

        var done = always.apply(s, new TaskCompleted(UUID.randomUUID(), t0.plus(Duration.ofHours(3)), 1, diagnose,
                REQUEST, "ENGINEERING", "DIAGNOSE", "engineer", null));
        Clock diag = done.state().clock(Clock.LEG + ":" + diagnose).orElseThrow();
        assertThat(diag.state()).isEqualTo("MET");
        assertThat(diag.usedMillis()).isEqualTo(Duration.ofHours(3).toMillis());
        Clock res = done.state().clock(Clock.LEG + ":" + reserve).orElseThrow();
        assertThat(res.state()).isEqualTo("RUNNING");
        assertThat(res.dueAt()).isEqualTo(t0.plus(Duration.ofHours(7)));
    }

    @Test
    void cancellingTheRequestStopsEveryClock() {
        Instant t0 = Instant.parse("2026-03-02T07:00:00Z");
        RequestClocks s = run(always, List.of(registered(t0, "P3", null), status(t0.plusSeconds(60), "NEW", "CANCELLED")),
                new java.util.ArrayList<>());
        assertThat(s.clocks()).allSatisfy(c -> assertThat(c.state()).isEqualTo("CANCELLED"));
        assertThat(always.nextDeadline(s)).isEmpty();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        Instant t0 = Instant.parse("2026-03-02T07:00:00Z");
        var registration = registered(t0, "P3", null);
        var triage = status(t0.plusSeconds(60), "NEW", "TRIAGED");
        RequestClocks once = run(always, List.of(registration, triage), new java.util.ArrayList<>());
        var facts = new java.util.ArrayList<ClockFact>();
        RequestClocks twice = run(always, List.of(registration, triage, registration, triage), facts);
        assertThat(twice.clocks()).isEqualTo(once.clocks());
    }

    @Test
    void theHeadlineIsTheFirstResponseUntilItStopsThenTheResolution() {
        Instant t0 = Instant.parse("2026-03-02T07:00:00Z");
        RequestClocks s = run(always, List.of(registered(t0, "P3", null)), new java.util.ArrayList<>());
        assertThat(s.headline().orElseThrow().target()).isEqualTo(Clock.FIRST_RESPONSE);
        s = always.apply(s, status(t0.plusSeconds(60), "NEW", "TRIAGED")).state();
        assertThat(s.headline().orElseThrow().target()).isEqualTo(Clock.RESOLUTION);
    }
}
