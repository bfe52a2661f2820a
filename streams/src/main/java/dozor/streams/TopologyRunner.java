package dozor.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.SmartLifecycle;

import dozor.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;

/**
 * Runs one of the streams app's topologies with the settings they share: exactly-once v2, a short commit interval,
 * the topics it reads and writes created when missing, a failed stream thread replaced, metrics bound, a clean leave
 * of the group on stop, and interactive queries against its key-value stores only while it runs.
 */
public abstract class TopologyRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopologyRunner.class);

    private final Properties config = new Properties();

    private final String name;

    private final String bootstrapServers;

    private final MeterRegistry meters;

    private final List<String> topics;

    private volatile KafkaStreams streams;

    /**
     * @param name what the logs and the "not ready" messages call the topology, e.g. "Stock"
     * @param topics the topics it reads and writes, created with {@link Topics#PARTITIONS} partitions if missing
     */
    protected TopologyRunner(String name, String applicationId, List<String> topics, MeterRegistry meters,
            String bootstrapServers, Path stateDir) {
        this.name = name;
        this.topics = List.copyOf(topics);
        this.meters = meters;
        this.bootstrapServers = bootstrapServers;
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // A restarted instance waits for its previous member to time out when the leave did not reach the
        // coordinator; 10 s (the default is 45 s) keeps the pause after a restart short.
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10000);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 3000);
    }

    /** The topology to run, built anew at each start. */
    protected abstract Topology topology();

    @Override
    public void start() {
        ensureTopics();
        KafkaStreams s = new KafkaStreams(topology(), config);
        s.setUncaughtExceptionHandler(ex -> {
            log.error("{} stream thread failed; replacing it", name, ex);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        new KafkaStreamsMetrics(s).bindTo(meters);
        streams = s;
        s.start();
        log.info("{} topology started against {}", name, bootstrapServers);
    }

    private void ensureTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            for (String topic : topics) {
                if (!names.contains(topic)) {
                    admin.createTopics(List.of(new NewTopic(topic, Topics.PARTITIONS, (short) -1))).all()
                            .get(30, TimeUnit.SECONDS);
                }
            }
        }
        catch (Exception ex) {
            log.warn("Could not check the {} topics: {}", name, ex.toString());
        }
    }

    /**
     * A key-value store of the running topology.
     *
     * @throws IllegalStateException when the store is not ready (stopped, rebalancing, restoring)
     */
    protected ReadOnlyKeyValueStore<String, String> store(String storeName) {
        KafkaStreams s = streams;
        if (s == null || s.state() != KafkaStreams.State.RUNNING) {
            throw new IllegalStateException(name + " store not ready: " + (s == null ? "stopped" : s.state()));
        }
        return s.store(StoreQueryParameters.fromNameAndType(storeName,
                QueryableStoreTypes.<String, String>keyValueStore()));
    }

    public KafkaStreams.State state() {
        KafkaStreams s = streams;
        return s == null ? KafkaStreams.State.NOT_RUNNING : s.state();
    }

    /** UP while the topology runs (or rebalances, or is about to start), DOWN when it has stopped or failed. */
    public Health health() {
        KafkaStreams.State state = state();
        boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING
                || state == KafkaStreams.State.CREATED;
        return (up ? Health.up() : Health.down()).withDetail("state", state.name()).build();
    }

    @Override
    public void stop() {
        KafkaStreams s = streams;
        if (s != null) {
            // Leave the group so that a restart is assigned its tasks at once, not after the session timeout.
            s.close(new KafkaStreams.CloseOptions().timeout(Duration.ofSeconds(30)).leaveGroup(true));
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }
}
