package dozor.streams.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dozor.embedded.EmbeddedKafkaServer;
import dozor.embedded.FreePorts;
import dozor.embedded.SharedEmbeddedServers;
import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;
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
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (var e : events) {
                producer.send(new ProducerRecord<>(Topics.REQUESTS, e.aggregateId(), EventJson.write(e))).get();
            }
        }
    }

    private static boolean inputFullyProcessed() throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            var committed = admin.listConsumerGroupOffsets(SlaTopology.APPLICATION_ID).partitionsToOffsetAndMetadata()
                    .get();
            var request = new java.util.HashMap<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec>();
            for (int i = 0; i < Topics.PARTITIONS; i++) {
                request.put(new TopicPartition(Topics.REQUESTS, i), org.apache.kafka.clients.admin.OffsetSpec.latest());
            }
            var end = admin.listOffsets(request).all().get();
            return end.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                    || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue().offset()));
        }
    }

    private static List<DozorEvent> slaEvents() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<DozorEvent> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(Topics.SLA).stream()
                    .map(i -> new TopicPartition(Topics.SLA, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(EventJson.read(r.value())));
            }
        }
        return out;
    }
}
