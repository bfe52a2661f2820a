package dozor.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;

/** What the real-broker tests of the topologies do to a topic: write events as the relay does, read them all back. */
public final class BrokerTopics {

    private BrokerTopics() {
    }

    /** Writes the events to the topic keyed by their aggregate, as the outbox relay does, each acknowledged. */
    public static void send(String bootstrapServers, String topic, DozorEvent... events) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (var e : events) {
                producer.send(new ProducerRecord<>(topic, e.aggregateId(), EventJson.write(e))).get();
            }
        }
    }

    /** Whether the application's consumer group has committed past every record of the input topic. */
    public static boolean fullyProcessed(String bootstrapServers, String applicationId, String input)
            throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var committed = admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
            var request = new HashMap<TopicPartition, OffsetSpec>();
            for (int i = 0; i < Topics.PARTITIONS; i++) {
                request.put(new TopicPartition(input, i), OffsetSpec.latest());
            }
            var end = admin.listOffsets(request).all().get();
            return end.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                    || (committed.get(e.getKey()) != null
                            && committed.get(e.getKey()).offset() >= e.getValue().offset()));
        }
    }

    /** Every committed event of the topic, from its beginning (gives up after 20 s). */
    public static List<DozorEvent> readAll(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<DozorEvent> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
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
