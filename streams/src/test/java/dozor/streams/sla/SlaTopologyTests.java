package dozor.streams.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;
import dozor.events.requests.RequestRegistered;
import dozor.events.sla.SlaBreached;
import dozor.events.sla.SlaClockUpdated;

class SlaTopologyTests {

    static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");

    TopologyTestDriver driver;

    TestInputTopic<String, String> requests;

    TestOutputTopic<String, String> sla;

    @BeforeEach
    void start() {
        start(SlaPolicy.DEFAULT);
    }

    void start(SlaPolicy policy) {
        if (driver != null) {
            driver.close();
        }
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sla-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(SlaTopology.build(new StreamsBuilder(), policy, Duration.ofSeconds(1)), props,
                T0);
        requests = driver.createInputTopic(Topics.REQUESTS, new StringSerializer(), new StringSerializer());
        sla = driver.createOutputTopic(Topics.SLA, new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    RequestRegistered registered(String priority, Instant at) {
        return RequestRegistered.v1(UUID.randomUUID(), at, UUID.randomUUID(), "З-2026-000001", "Клиент", null,
                "DVR", priority, at);
    }

    void pipe(DozorEvent event) {
        requests.pipeInput(event.aggregateId(), EventJson.write(event), event.occurredAt());
    }

    List<DozorEvent> output() {
        return sla.readValuesToList().stream().map(EventJson::read).toList();
    }

    @Test
    void startsAFirstResponseClockWhenARequestIsRegistered() {
        var event = registered("P2", T0);
        pipe(event);

        List<DozorEvent> out = output();
        assertThat(out).hasSize(1);
        SlaClockUpdated updated = (SlaClockUpdated) out.get(0);
        assertThat(updated.requestId()).isEqualTo(event.requestId());
        assertThat(updated.state()).isEqualTo("RUNNING");
        assertThat(updated.target()).isEqualTo("FIRST_RESPONSE");
        assertThat(updated.dueAt()).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(storedClock(event.requestId()).state()).isEqualTo("RUNNING");
    }

    @Test
    void breachesAtTheDueTimeWithoutAnyFurtherEvent() {
        var event = registered("P1", T0);
        pipe(event);
        output();

        driver.advanceWallClockTime(Duration.ofMinutes(59).plusSeconds(58));
        assertThat(output()).isEmpty();

        driver.advanceWallClockTime(Duration.ofSeconds(3));
        List<DozorEvent> out = output();
        assertThat(out).hasSize(2);
        SlaBreached breached = (SlaBreached) out.get(0);
        assertThat(breached.requestId()).isEqualTo(event.requestId());
        assertThat(breached.breachedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(((SlaClockUpdated) out.get(1)).state()).isEqualTo("BREACHED");
        assertThat(storedClock(event.requestId()).state()).isEqualTo("BREACHED");

        driver.advanceWallClockTime(Duration.ofHours(5));
        assertThat(output()).as("a breach is reported once").isEmpty();
    }

    @Test
    void aRepeatedRegistrationChangesNothing() {
        var event = registered("P3", T0);
        pipe(event);
        pipe(event);
        assertThat(output()).hasSize(1);
    }

    @Test
    void aRequestRegisteredLongAgoIsBreachedAtOnce() {
        var old = registered("P4", T0.minus(Duration.ofDays(3)));
        pipe(old);
        List<DozorEvent> out = output();
        assertThat(out).extracting(DozorEvent::type).containsExactly("SlaClockUpdated", "SlaBreached",
                "SlaClockUpdated");
        assertThat(((SlaBreached) out.get(1)).breachedAt()).isEqualTo(old.registeredAt().plus(Duration.ofHours(24)));
    }

    @Test
    void targetsComeFromThePolicy() {
        start(new SlaPolicy(Map.of("P2", Duration.ofMinutes(30))));
        var event = registered("P2", T0);
        pipe(event);
        assertThat(((SlaClockUpdated) output().get(0)).dueAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void eachClockBreachesOnItsOwnDueTime() {
        var urgent = registered("P1", T0);
        var relaxed = registered("P3", T0);
        pipe(urgent);
        pipe(relaxed);
        output();
        driver.advanceWallClockTime(Duration.ofHours(2));
        assertThat(output()).filteredOn(e -> e instanceof SlaBreached).extracting(e -> ((SlaBreached) e).requestId())
                .containsExactly(urgent.requestId());
        driver.advanceWallClockTime(Duration.ofHours(6));
        assertThat(output()).filteredOn(e -> e instanceof SlaBreached).extracting(e -> ((SlaBreached) e).requestId())
                .containsExactly(relaxed.requestId());
    }

    @Test
    void skipsAnUnreadableRecordAndKeepsGoing() {
        requests.pipeInput("x", "not json", T0);
        var event = registered("P2", T0);
        pipe(event);
        assertThat(output()).hasSize(1);
    }

    @Test
    void replayedTransitionsCarryTheSameEventIds() {
        var event = registered("P2", T0);
        pipe(event);
        UUID first = output().get(0).eventId();
        start(SlaPolicy.DEFAULT); // a fresh store, as after losing local state
        pipe(event);
        assertThat(output().get(0).eventId()).isEqualTo(first);
    }

    private SlaClock storedClock(UUID requestId) {
        String json = driver.<String, String>getKeyValueStore(SlaTopology.CLOCKS).get(requestId.toString());
        return SlaClockProcessor.JSON.readValue(json, SlaClock.class);
    }
}
