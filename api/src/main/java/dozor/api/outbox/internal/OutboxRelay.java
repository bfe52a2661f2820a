package dozor.api.outbox.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import dozor.api.outbox.OutboxSignal;
import dozor.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published.
 *
 * <p>Correctness rests on three choices. (1) Rows are selected by {@code published_at IS NULL}, never by
 * "id greater than the last one sent": ids are taken when a transaction inserts, not when it commits, so a
 * watermark would step over a row whose transaction commits late. (2) A row is marked only after Kafka
 * acknowledged it (idempotent producer, acks=all), in the same database transaction that selected it; a
 * crash in between re-sends it, and consumers drop the duplicate by event id. (3) One relay at a time holds a
 * PostgreSQL advisory lock, so events of one aggregate keep their order across several api instances.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** Arbitrary, fixed: the advisory lock id that makes one relay the leader. */
    static final long LEADER_LOCK = 0x446F7A6F724F7574L;

    private static final String SELECT_BATCH = """
            SELECT id, event_id, aggregate_id, event_type, topic, payload::text, created_at
              FROM ops.outbox
             WHERE published_at IS NULL
             ORDER BY id
             LIMIT ?
               FOR UPDATE SKIP LOCKED
            """;

    private final DataSource dataSource;

    private final OutboxRelayProperties properties;

    private final OutboxSignal signal;

    private final Counter published;

    private final Counter failures;

    private final Timer lag;

    private final AtomicBoolean running = new AtomicBoolean();

    private volatile Thread worker;

    private volatile boolean leader;

    /** Every topic of {@code dozor.outbox.topics} is known to exist; until then each drain checks them first. */
    private volatile boolean topicsReady;

    private Producer<String, String> producer;

    public OutboxRelay(DataSource dataSource, OutboxRelayProperties properties, OutboxSignal signal,
            MeterRegistry meters) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.signal = signal;
        this.published = Counter.builder("dozor.outbox.published").description("Events published to Kafka")
                .register(meters);
        this.failures = Counter.builder("dozor.outbox.publish.failures")
                .description("Relay rounds that failed and will be retried").register(meters);
        this.lag = Timer.builder("dozor.outbox.lag").description("From commit to Kafka acknowledgement")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    /** Publishes what is committed now, in batches, until nothing is left; returns how many were sent. */
    public int drain() throws SQLException, InterruptedException {
        if (!topicsReady) {
            ensureTopics();
        }
        int total = 0;
        int sent;
        do {
            sent = publishBatch();
            total += sent;
        }
        while (sent == properties.batchSize());
        return total;
    }

    int publishBatch() throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Row> rows = select(c);
                if (rows.isEmpty()) {
                    c.rollback();
                    return 0;
                }
                send(rows);
                markPublished(c, rows);
                c.commit();
                published.increment(rows.size());
                long now = System.currentTimeMillis();
                rows.forEach(r -> lag.record(Duration.ofMillis(Math.max(0, now - r.createdAtMillis()))));
                return rows.size();
            }
            catch (SQLException | RuntimeException | InterruptedException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    private List<Row> select(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_BATCH)) {
            ps.setInt(1, properties.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).getTime()));
                }
            }
        }
        return rows;
    }

    private void send(List<Row> rows) throws InterruptedException {
        Producer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.aggregateId(),
                    row.payload());
            record.headers().add(Topics.TYPE_HEADER, row.type().getBytes(StandardCharsets.UTF_8));
            record.headers().add(Topics.EVENT_ID_HEADER, row.eventId().getBytes(StandardCharsets.UTF_8));
            acks.add(kafka.send(record));
        }
        long deadline = System.nanoTime() + properties.ackTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
                // The producer may hold a half-sent batch; start clean so the retry keeps the order.
                closeProducer();
                throw new IllegalStateException("Kafka did not acknowledge the batch", ex);
            }
        }
    }

    private static void markPublished(Connection c, List<Row> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE ops.outbox SET published_at = clock_timestamp() WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", rows.stream().map(Row::id).toArray()));
            ps.executeUpdate();
        }
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.LINGER_MS_CONFIG, 2);
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) properties.ackTimeout().toMillis());
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) properties.ackTimeout().toMillis());
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) properties.ackTimeout().toMillis() + 1000);
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "dozor-outbox-relay");
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private void loop() {
        long backoff = properties.pollInterval().toMillis();
        while (running.get()) {
            try (Connection lockConnection = dataSource.getConnection()) {
                if (!tryLead(lockConnection)) {
                    signal.await(properties.leaderRetry().toMillis());
                    continue;
                }
                leader = true;
                ensureTopics();
                log.info("Outbox relay is the leader; publishing to {}", properties.bootstrapServers());
                while (running.get()) {
                    try {
                        int sent = drain();
                        backoff = properties.pollInterval().toMillis();
                        if (sent == 0) {
                            signal.await(properties.pollInterval().toMillis());
                        }
                    }
                    catch (SQLException | RuntimeException ex) {
                        failures.increment();
                        log.warn("Outbox relay round failed, retrying in {} ms: {}", backoff, ex.toString());
                        // A plain sleep: new commits must not hammer a broker that is down.
                        Thread.sleep(backoff);
                        backoff = Math.min(backoff * 2, properties.maxBackoff().toMillis());
                        ensureTopics();
                        if (!lockConnection.isValid(2)) {
                            break;
                        }
                    }
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (Exception ex) {
                log.warn("Outbox relay lost its database connection: {}", ex.toString());
                sleepQuietly(properties.maxBackoff().toMillis());
            }
            finally {
                leader = false;
            }
        }
    }

    /**
     * The api owns the topic it writes; creating it when missing keeps a fresh cluster working without a
     * manual step. Kafka may be down: then the relay just keeps the events until it is back.
     */
    private void ensureTopics() {
        var config = java.util.Map.<String, Object>of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                org.apache.kafka.clients.admin.AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                org.apache.kafka.clients.admin.AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (var admin = org.apache.kafka.clients.admin.Admin.create(config)) {
            var names = admin.listTopics().names().get(5, TimeUnit.SECONDS);
            List<org.apache.kafka.clients.admin.NewTopic> missing = new java.util.ArrayList<>();
            for (var topic : properties.topics().entrySet()) {
                if (!names.contains(topic.getKey())) {
                    var newTopic = new org.apache.kafka.clients.admin.NewTopic(topic.getKey(), topic.getValue(),
                            (short) -1);
                    if (Topics.REFERENCE.equals(topic.getKey())) {
                        // reference data: the newest value per key is all that matters
                        newTopic.configs(java.util.Map.of("cleanup.policy", "compact"));
                    }
                    missing.add(newTopic);
                }
            }
            // all at once: one slow or failed creation must not leave the others missing
            var results = admin.createTopics(missing).values();
            for (var result : results.entrySet()) {
                try {
                    result.getValue().get(10, TimeUnit.SECONDS);
                    log.info("Created topic {}", result.getKey());
                }
                catch (java.util.concurrent.ExecutionException ex) {
                    if (!(ex.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw ex;
                    }
                }
            }
            topicsReady = true;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (Exception ex) {
            // Kafka may be down: the relay keeps the events, and the next round checks again
            log.info("Could not check the outbox topics yet: {}", ex.toString());
        }
    }

    private static boolean tryLead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, LEADER_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isLeader() {
        return leader;
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            worker = new Thread(this::loop, "outbox-relay");
            worker.setDaemon(true);
            worker.start();
        }
    }

    @Override
    public void stop() {
        if (running.compareAndSet(true, false)) {
            Thread t = worker;
            if (t != null) {
                t.interrupt();
                try {
                    t.join(TimeUnit.SECONDS.toMillis(10));
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            closeProducer();
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    private record Row(long id, String eventId, String aggregateId, String type, String topic, String payload,
            long createdAtMillis) {
    }
}
