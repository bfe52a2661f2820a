package dozor.streams.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dozor.clocks.Calendars;
import dozor.clocks.ClockEngine;
import dozor.clocks.RequestClocks;
import dozor.clocks.SlaPolicy;
import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;
import dozor.events.requests.RequestRegistered;
import dozor.events.requests.RequestStatusChanged;
import dozor.events.sla.SlaBreached;
import dozor.events.sla.SlaClockUpdated;
import dozor.events.sla.SlaEscalated;
import dozor.events.sla.SlaWarning;
import dozor.events.work.TaskCompleted;
import dozor.events.work.TaskCreated;

/** The topology with explicit event and wall-clock times (24×7 calendars, so the arithmetic is plain). */
class SlaTopologyTests {

    static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");

    TopologyTestDriver driver;

    TestInputTopic<String, String> requests;

    TestInputTopic<String, String> work;

    TestOutputTopic<String, String> sla;

    @BeforeEach
    void start() {
        start(T0);
    }

    void start(Instant wallClock) {
        if (driver != null) {
            driver.close();
        }
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sla-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        ClockEngine engine = new ClockEngine(SlaPolicy.defaults(), Calendars.always());
        driver = new TopologyTestDriver(SlaTopology.build(new StreamsBuilder(), () -> engine, Duration.ofSeconds(1)),
                props, wallClock);
        requests = driver.createInputTopic(Topics.REQUESTS, new StringSerializer(), new StringSerializer());
        work = driver.createInputTopic(Topics.WORK, new StringSerializer(), new StringSerializer());
        sla = driver.createOutputTopic(Topics.SLA, new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static RequestRegistered registered(String priority, Instant at) {
        return new RequestRegistered(UUID.randomUUID(), at, 2, UUID.randomUUID(), "З-2026-000001", "Клиент", null,
                "DVR", priority, at, UUID.randomUUID(), "STANDARD", "PAID_REPAIR", "CCTV_NVR", "API", null);
    }

    void pipe(DozorEvent event) {
        (event.topic().equals(Topics.WORK) ? work : requests).pipeInput(event.aggregateId(), EventJson.write(event),
                event.occurredAt());
    }

    List<DozorEvent> output() {
        return sla.readValuesToList().stream().map(EventJson::read).toList();
    }

    RequestClocks stored(UUID requestId) {
        return SlaClockProcessor.JSON.readValue(driver.<String, String>getKeyValueStore(SlaTopology.CLOCKS)
                .get(requestId.toString()), RequestClocks.class);
    }

    @Test
    void aRegistrationStartsFirstResponseAndResolutionClocks() {
        var event = registered("P2", T0);
        pipe(event);
        List<DozorEvent> out = output();
        assertThat(out).hasSize(2).allMatch(e -> e instanceof SlaClockUpdated);
        SlaClockUpdated first = (SlaClockUpdated) out.get(0);
        assertThat(first.target()).isEqualTo("FIRST_RESPONSE");
        assertThat(first.state()).isEqualTo("RUNNING");
        assertThat(first.dueAt()).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(((SlaClockUpdated) out.get(1)).dueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(stored(event.requestId()).clocks()).hasSize(2);
    }

    @Test
    void warnsBreachesAndEscalatesOnTimeWithoutFurtherEvents() {
        var event = registered("P1", T0);
        pipe(event);
        output();
        driver.advanceWallClockTime(Duration.ofMinutes(47));
        assertThat(output()).isEmpty();
        driver.advanceWallClockTime(Duration.ofMinutes(2));
        assertThat(output()).extracting(DozorEvent::type).containsExactly("SlaWarning", "SlaEscalated");
        driver.advanceWallClockTime(Duration.ofMinutes(12));
        List<DozorEvent> late = output();
        assertThat(late).extracting(DozorEvent::type).containsExactly("SlaBreached", "SlaEscalated");
        SlaBreached breached = (SlaBreached) late.get(0);
        assertThat(breached.breachedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(((SlaEscalated) late.get(1)).audience()).isEqualTo("DEPARTMENT_HEAD");
        driver.advanceWallClockTime(Duration.ofHours(2));
        assertThat(output()).filteredOn(e -> e instanceof SlaEscalated).extracting(e -> ((SlaEscalated) e).audience())
                .containsExactly("MANAGER");
    }

    @Test
    void triageMeetsTheFirstResponseTarget() {
        var event = registered("P3", T0);
        pipe(event);
        output();
        pipe(new RequestStatusChanged(UUID.randomUUID(), T0.plus(Duration.ofMinutes(30)), 1, event.requestId(), "NEW",
                "TRIAGED", "TRIAGE", "dispatcher", null));
        List<DozorEvent> out = output();
        assertThat(out).hasSize(1);
        SlaClockUpdated met = (SlaClockUpdated) out.get(0);
        assertThat(met.state()).isEqualTo("MET");
        assertThat(met.finished()).isTrue();
        assertThat(met.usedMillis()).isEqualTo(Duration.ofMinutes(30).toMillis());
    }

    @Test
    void departmentLegsFollowTheirTasksAndFeedTheFigures() {
        var event = registered("P3", T0);
        pipe(event);
        UUID task = UUID.randomUUID();
        pipe(new TaskCreated(UUID.randomUUID(), T0, 1, task, event.requestId(), "DIAGNOSE", "ENGINEERING", "engineer",
                null, null));
        pipe(new TaskCompleted(UUID.randomUUID(), T0.plus(Duration.ofHours(5)), 1, task, event.requestId(),
                "ENGINEERING", "DIAGNOSE", "engineer", null));
        List<SlaClockUpdated> legs = output().stream().filter(e -> e instanceof SlaClockUpdated)
                .map(e -> (SlaClockUpdated) e).filter(e -> "LEG".equals(e.target())).toList();
        assertThat(legs).extracting(SlaClockUpdated::state).containsExactly("RUNNING", "MET");
        assertThat(legs.get(1).department()).isEqualTo("ENGINEERING");
        var metrics = driver.<String, String>getKeyValueStore(SlaTopology.METRICS);
        assertThat(SlaMetrics.between(metrics, java.time.LocalDate.parse("2026-03-01"),
                java.time.LocalDate.parse("2026-03-03"))).singleElement().satisfies(f -> {
                    assertThat(f.target()).isEqualTo("LEG:ENGINEERING");
                    assertThat(f.finished()).isEqualTo(1);
                    assertThat(f.metShare()).isEqualTo(1.0);
                    assertThat(f.meanMillis()).isEqualTo(Duration.ofHours(5).toMillis());
                });
    }

    @Test
    void aRepeatedEventChangesNothing() {
        var event = registered("P3", T0);
        pipe(event);
        pipe(event);
        assertThat(output()).hasSize(2);
    }

    @Test
    void aRequestRegisteredLongAgoIsBreachedAtOnce() {
        var old = registered("P4", T0.minus(Duration.ofDays(10)));
        pipe(old);
        output();
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        List<DozorEvent> out = output();
        assertThat(out).filteredOn(e -> e instanceof SlaBreached).extracting(e -> ((SlaBreached) e).target())
                .containsExactlyInAnyOrder("FIRST_RESPONSE", "RESOLUTION");
        assertThat(out).filteredOn(e -> e instanceof SlaWarning).hasSize(2);
    }

    @Test
    void skipsAnUnreadableRecordAndKeepsGoing() {
        requests.pipeInput("x", "not json", T0);
        pipe(registered("P2", T0));
        assertThat(output()).hasSize(2);
    }

    @Test
    void replayedFactsCarryTheSameEventIds() {
        var event = registered("P2", T0);
        pipe(event);
        List<UUID> first = output().stream().map(DozorEvent::eventId).toList();
        start(T0); // a fresh store, as after losing local state
        pipe(event);
        assertThat(output().stream().map(DozorEvent::eventId).toList()).isEqualTo(first);
    }
}
