package dozor.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import dozor.api.ApiApplication;
import dozor.api.outbox.internal.OutboxRelay;
import dozor.embedded.EmbeddedKafkaServer;
import dozor.embedded.FreePorts;
import dozor.embedded.SharedEmbeddedServers;
import dozor.events.EventJson;
import dozor.events.Topics;
import dozor.events.requests.RequestRegistered;

/**
 * The relay against real PostgreSQL and a Kafka broker of its own (this class stops and restarts it).
 * The relay thread is off; each test drives {@link OutboxRelay#drain()} itself, so nothing races.
 */
@SpringBootTest(classes = ApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "spring.config.name=api", "dozor.outbox.relay-enabled=true", "dozor.outbox.ack-timeout=3s",
                "dozor.security.admin-password=x-test-password" })
class OutboxRelayIntegrationTests {

    private static EmbeddedKafkaServer kafka;

    private static String databaseUrl;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws Exception {
        kafka = EmbeddedKafkaServer.start(Files.createTempDirectory("relay-kafka"), FreePorts.any());
        databaseUrl = SharedEmbeddedServers.freshDatabase();
        registry.add("spring.datasource.url", () -> databaseUrl);
        registry.add("spring.datasource.username", () -> SharedEmbeddedServers.APP_USER);
        registry.add("spring.datasource.password", () -> SharedEmbeddedServers.APP_PASSWORD);
        registry.add("dozor.outbox.bootstrap-servers", kafka::bootstrapServers);
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
        SharedEmbeddedServers.deleteQuietly(kafka.logDirectory());
    }

    private static RequestRegistered event() {
        UUID request = UUID.randomUUID();
        return RequestRegistered.v1(UUID.randomUUID(), Instant.now(), request, "З-2026-000001", "Клиент", null,
                "DVR", "P3", Instant.now());
    }

    private void appendCommitted(RequestRegistered event) {
        tx.executeWithoutResult(s -> outbox.append(event));
    }

    @Test
    void publishesCommittedEventsKeyedByAggregateWithTypeHeader() throws Exception {
        relay.stop();
        var event = event();
        appendCommitted(event);

        assertThat(relay.drain()).isGreaterThanOrEqualTo(1);

        var records = readAll(Topics.REQUESTS);
        var ours = records.stream().filter(r -> r.key().equals(event.aggregateId())).toList();
        assertThat(ours).hasSize(1);
        assertThat(EventJson.read(ours.get(0).value())).isEqualTo(event);
        assertThat(new String(ours.get(0).headers().lastHeader(Topics.TYPE_HEADER).value()))
                .isEqualTo("RequestRegistered");
        assertThat(unpublished()).isZero();
    }

    @Test
    void aRolledBackChangeLeavesNoEvent() {
        relay.stop();
        long before = jdbc.sql("SELECT count(*) FROM ops.outbox").query(Long.class).single();
        try {
            tx.executeWithoutResult(s -> {
                outbox.append(event());
                throw new IllegalStateException("the state change failed");
            });
        }
        catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(jdbc.sql("SELECT count(*) FROM ops.outbox").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void refusesToAppendOutsideATransaction() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.append(event()))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    /**
     * The classic relay bug: T1 takes outbox id n but commits after T2 (id n+1). A relay that remembers "last
     * id sent" would publish n+1 and skip n forever. Ours publishes n once T1 commits.
     */
    @Test
    void neverSkipsARowWhoseTransactionCommitsLate() throws Exception {
        relay.stop();
        relay.drain();
        var late = event();
        var early = event();
        try (Connection t1 = DriverManager.getConnection(databaseUrl, SharedEmbeddedServers.APP_USER,
                SharedEmbeddedServers.APP_PASSWORD)) {
            t1.setAutoCommit(false);
            insertRaw(t1, late); // takes the lower id, stays uncommitted
            appendCommitted(early); // higher id, committed first

            relay.drain();
            assertThat(publishedIds()).contains(early.eventId()).doesNotContain(late.eventId());

            t1.commit();
        }
        relay.drain();
        assertThat(publishedIds()).contains(early.eventId(), late.eventId());
        var keys = readAll(Topics.REQUESTS).stream().map(ConsumerRecord::key).toList();
        assertThat(keys).contains(late.aggregateId(), early.aggregateId());
    }

    @Test
    void keepsEventsWhileKafkaIsDownAndPublishesThemWhenItIsBack() throws Exception {
        relay.stop();
        relay.drain();
        kafka.stop();
        try {
            var event = event();
            appendCommitted(event);
            org.assertj.core.api.Assertions.assertThatThrownBy(relay::drain).isInstanceOf(RuntimeException.class);
            assertThat(publishedIds()).doesNotContain(event.eventId());
            assertThat(unpublished()).isEqualTo(1);

            kafka.restart();
            relay.start(); // the real relay thread retries with back-off until Kafka answers
            await().atMost(Duration.ofSeconds(60)).until(() -> unpublished() == 0);
            assertThat(readAll(Topics.REQUESTS).stream().map(ConsumerRecord::key)).contains(event.aggregateId());
        }
        finally {
            relay.stop();
        }
    }

    @Test
    void onlyOneRelayLeadsAtATime() throws Exception {
        relay.start();
        await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
        try (Connection other = DriverManager.getConnection(databaseUrl, SharedEmbeddedServers.APP_USER,
                SharedEmbeddedServers.APP_PASSWORD);
                var rs = other.createStatement().executeQuery("SELECT pg_try_advisory_lock(" + leaderLock() + ")")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("a second relay could take the lead").isFalse();
        }
        finally {
            relay.stop();
        }
    }

    private static long leaderLock() throws Exception {
        var field = OutboxRelay.class.getDeclaredField("LEADER_LOCK");
        field.setAccessible(true);
        return field.getLong(null);
    }

    private static void insertRaw(Connection c, RequestRegistered e) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO ops.outbox (event_id, aggregate_id, event_type, topic, payload, occurred_at)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb), now())""")) {
            ps.setObject(1, e.eventId());
            ps.setString(2, e.aggregateId());
            ps.setString(3, e.type());
            ps.setString(4, e.topic());
            ps.setString(5, EventJson.write(e));
            ps.executeUpdate();
        }
    }

    private long unpublished() {
        return jdbc.sql("SELECT count(*) FROM ops.outbox WHERE published_at IS NULL").query(Long.class).single();
    }

    private List<UUID> publishedIds() {
        return jdbc.sql("SELECT event_id FROM ops.outbox WHERE published_at IS NOT NULL").query(UUID.class).list();
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
