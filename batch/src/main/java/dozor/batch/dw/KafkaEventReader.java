package dozor.batch.dw;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the event topics from the offsets stored in {@code dw.load_offset} up to the ends they had when the step
 * opened: a bounded run, and a restart resumes exactly after the last committed chunk because the offsets are
 * committed with the rows. Reads only committed records (the streams app writes transactionally).
 */
class KafkaEventReader implements ItemStreamReader<LandedEvent> {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventReader.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrapServers;

    private final List<String> topics;

    private final JdbcClient jdbc;

    private final Duration stallTimeout;

    private KafkaConsumer<String, String> consumer;

    private Map<TopicPartition, Long> end = Map.of();

    private final Deque<LandedEvent> buffer = new ArrayDeque<>();

    KafkaEventReader(String bootstrapServers, List<String> topics, JdbcClient jdbc, Duration stallTimeout) {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.jdbc = jdbc;
        this.stallTimeout = stallTimeout;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) stallTimeout.toMillis());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "dozor-dw-refresh");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        Map<String, List<PartitionInfo>> existing = consumer.listTopics(stallTimeout);
        for (String topic : topics) {
            // A topic nobody has written yet simply has nothing to land.
            existing.getOrDefault(topic, List.of()).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> stored = storedOffsets();
        for (TopicPartition tp : partitions) {
            Long next = stored.get(tp);
            if (next == null) {
                consumer.seekToBeginning(List.of(tp));
            }
            else {
                consumer.seek(tp, next);
            }
        }
        end = consumer.endOffsets(partitions, stallTimeout);
        log.info("Landing {} up to offsets {}", partitions, end);
    }

    private Map<TopicPartition, Long> storedOffsets() {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        jdbc.sql("SELECT topic, kafka_partition, next_offset FROM dw.load_offset").query(rs -> {
            offsets.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
        });
        return offsets;
    }

    @Override
    public LandedEvent read() {
        long stalledSince = System.nanoTime();
        while (buffer.isEmpty()) {
            if (caughtUp()) {
                return null;
            }
            var records = consumer.poll(Duration.ofMillis(500));
            for (ConsumerRecord<String, String> r : records) {
                TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                if (r.offset() < end.getOrDefault(tp, 0L)) {
                    buffer.add(toLanded(r));
                }
            }
            if (records.isEmpty() && System.nanoTime() - stalledSince > stallTimeout.toNanos()) {
                throw new ItemStreamException("Kafka returned nothing for " + stallTimeout + " before the end offsets "
                        + end + " were reached; the run can be restarted");
            }
            if (!records.isEmpty()) {
                stalledSince = System.nanoTime();
            }
        }
        return buffer.poll();
    }

    private boolean caughtUp() {
        for (var e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    static LandedEvent toLanded(ConsumerRecord<String, String> r) {
        try {
            JsonNode json = JSON.readTree(r.value());
            UUID eventId = UUID.fromString(json.get("eventId").asString());
            String type = json.get("type").asString();
            Instant occurredAt = Instant.parse(json.get("occurredAt").asString());
            return new LandedEvent(r.topic(), r.partition(), r.offset(), eventId, type, r.key(), occurredAt, r.value());
        }
        catch (RuntimeException ex) {
            log.warn("Record {}-{}@{} is not a readable event and is skipped: {}", r.topic(), r.partition(), r.offset(),
                    ex.toString());
            return new LandedEvent(r.topic(), r.partition(), r.offset(), null, null, r.key(), null, null);
        }
    }

    @Override
    public void close() {
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(5));
            consumer = null;
        }
        buffer.clear();
    }
}
