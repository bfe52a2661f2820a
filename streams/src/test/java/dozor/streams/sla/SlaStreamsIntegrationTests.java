package dozor.streams.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dozor.embedded.EmbeddedKafkaServer;
import dozor.embedded.FreePorts;
import dozor.embedded.SharedEmbeddedServers;
import dozor.events.DozorEvent;
import dozor.events.Topics;
import dozor.streams.BrokerTopics;
import dozor.events.requests.RequestRegistered;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The SLA topology on a real broker with exactly-once processing, including a restart of the app. */
class SlaStreamsIntegrationTests {

    static EmbeddedKafkaServer kafka;

    static Path stateDir;

    @BeforeAll
    static void broker() throws Exception {
        kafka = EmbeddedKafkaServer.start(Files.createTempDirectory("sla-kafka"), FreePorts.any());
        stateDir = Files.createTempDirectory("sla-state");
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
        SharedEmbeddedServers.deleteQuietly(kafka.logDirectory());
        SharedEmbeddedServers.deleteQuietly(stateDir);
    }

    SlaStreams newApp() {
        return new SlaStreams(new SlaReference("always"), new SimpleMeterRegistry(), kafka.bootstrapServers(), stateDir);
    }

    @Test
    void keepsEveryClockOnceAcrossARestart() throws Exception {
        SlaStreams app = newApp();
        app.start();
        var fresh = registration("P2", Instant.now());
        var old = registration("P4", Instant.now().minus(Duration.ofDays(2)));
        try {
            send(fresh, old);
            await().atMost(Duration.ofSeconds(60)).until(() -> app.state() == KafkaStreams.State.RUNNING
                    && app.clocks(fresh.requestId()).isPresent() && app.clocks(old.requestId()).isPresent());
            assertThat(app.clocks(fresh.requestId()).orElseThrow().headline().orElseThrow().state())
                    .isEqualTo("RUNNING");
            assertThat(app.clocks(fresh.requestId()).orElseThrow().headline().orElseThrow().dueAt())
                    .isEqualTo(fresh.registeredAt().plus(Duration.ofHours(4)));
            await().atMost(Duration.ofSeconds(30)).until(() -> "BREACHED".equals(
                    app.clocks(old.requestId()).orElseThrow().headline().orElseThrow().state()));
        }
        finally {
            app.stop();
        }
        List<DozorEvent> beforeRestart = slaEvents();
        assertThat(beforeRestart).filteredOn(e -> e.aggregateId().equals(fresh.aggregateId()))
                .extracting(DozorEvent::type).containsExactly("SlaClockUpdated", "SlaClockUpdated");
        assertThat(beforeRestart).filteredOn(e -> e.aggregateId().equals(old.aggregateId()) && e.type().equals("SlaBreached"))
                .as("first response (24 h) breached; resolution (80 h) not yet").hasSize(1);

        SlaStreams restarted = newApp();
        restarted.start();
        try {
            send(fresh); // the relay may deliver a registration twice
            await().atMost(Duration.ofSeconds(60)).until(() -> restarted.state() == KafkaStreams.State.RUNNING);
            await().atMost(Duration.ofSeconds(30)).until(() -> restarted.clocks(fresh.requestId()).isPresent());
            assertThat(restarted.clocks(fresh.requestId()).orElseThrow().headline().orElseThrow().state())
                    .isEqualTo("RUNNING");
            // Wait until the app has committed past every input record; its output is then complete.
            await().atMost(Duration.ofSeconds(30)).until(SlaStreamsIntegrationTests::inputFullyProcessed);
            List<DozorEvent> afterRestart = slaEvents();
            assertThat(afterRestart).as("no clock lost or doubled by the restart").hasSameSizeAs(beforeRestart);
        }
        finally {
            restarted.stop();
        }
    }

    private static RequestRegistered registration(String priority, Instant at) {
        return RequestRegistered.v1(UUID.randomUUID(), at, UUID.randomUUID(), "З-2026-000009", "Клиент", null,
                "DVR", priority, at);
    }

    private static void send(RequestRegistered... events) throws Exception {
        BrokerTopics.send(kafka.bootstrapServers(), Topics.REQUESTS, events);
    }

    private static boolean inputFullyProcessed() throws Exception {
        return BrokerTopics.fullyProcessed(kafka.bootstrapServers(), SlaTopology.APPLICATION_ID, Topics.REQUESTS);
    }

    private static List<DozorEvent> slaEvents() {
        return BrokerTopics.readAll(kafka.bootstrapServers(), Topics.SLA);
    }
}
