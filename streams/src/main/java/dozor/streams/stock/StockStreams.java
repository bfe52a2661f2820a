package dozor.streams.stock;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import dozor.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;

/** Runs the live stock topology (exactly-once v2) and answers interactive queries against its rows. */
@Component
public class StockStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StockStreams.class);

    private final Properties config = new Properties();

    private final String bootstrapServers;

    private final MeterRegistry meters;

    private volatile KafkaStreams streams;

    StockStreams(MeterRegistry meters, @Value("${dozor.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${dozor.streams.state-dir}") Path stateDir) {
        this.meters = meters;
        this.bootstrapServers = bootstrapServers;
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, StockTopology.APPLICATION_ID);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // As for the SLA app: a restart must not wait 45 s for its previous member to time out.
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10000);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 3000);
    }

    @Override
    public void start() {
        ensureTopics();
        streams = new KafkaStreams(StockTopology.build(new StreamsBuilder()), config);
        streams.setUncaughtExceptionHandler(ex -> {
            log.error("Stock stream thread failed; replacing it", ex);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        new KafkaStreamsMetrics(streams).bindTo(meters);
        streams.start();
        log.info("Stock topology started against {}", bootstrapServers);
    }

    private void ensureTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            for (String topic : List.of(Topics.STOCK, Topics.STOCK_ALERTS)) {
                if (!names.contains(topic)) {
                    admin.createTopics(List.of(new NewTopic(topic, Topics.PARTITIONS, (short) -1))).all()
                            .get(30, TimeUnit.SECONDS);
                }
            }
        }
        catch (Exception ex) {
            log.warn("Could not check the stock topics: {}", ex.toString());
        }
    }

    /**
     * Live rows, optionally of one item and/or one warehouse, ordered by warehouse and item.
     *
     * @throws IllegalStateException when the store is not ready (stopped, rebalancing, restoring)
     */
    public List<StockLevel> levels(UUID itemId, UUID warehouseId) {
        ReadOnlyKeyValueStore<String, String> store = store();
        List<StockLevel> out = new ArrayList<>();
        if (itemId != null && warehouseId != null) {
            String json = store.get(StockRow.key(itemId, warehouseId));
            if (json != null) {
                out.add(StockLevel.of(StockLevelProcessor.JSON.readValue(json, StockRow.class)));
            }
            return out;
        }
        try (KeyValueIterator<String, String> all = itemId != null
                ? store.prefixScan(itemId + "|", new StringSerializer()) : store.all()) {
            all.forEachRemaining(kv -> {
                StockRow row = StockLevelProcessor.JSON.readValue(kv.value, StockRow.class);
                if (warehouseId == null || warehouseId.equals(row.warehouseId())) {
                    out.add(StockLevel.of(row));
                }
            });
        }
        out.sort(Comparator.comparing((StockLevel l) -> l.warehouseId().toString())
                .thenComparing(l -> l.itemId().toString()));
        return out;
    }

    /** The rows whose available stock is below their reorder point now, the longest-standing first. */
    public List<StockLevel> alerts() {
        return levels(null, null).stream().filter(StockLevel::low)
                .sorted(Comparator.comparing(StockLevel::lowSince)).toList();
    }

    private ReadOnlyKeyValueStore<String, String> store() {
        KafkaStreams s = streams;
        if (s == null || s.state() != KafkaStreams.State.RUNNING) {
            throw new IllegalStateException("Stock store not ready: " + (s == null ? "stopped" : s.state()));
        }
        return s.store(StoreQueryParameters.fromNameAndType(StockTopology.ROWS,
                QueryableStoreTypes.<String, String>keyValueStore()));
    }

    public KafkaStreams.State state() {
        KafkaStreams s = streams;
        return s == null ? KafkaStreams.State.NOT_RUNNING : s.state();
    }

    @Override
    public void stop() {
        KafkaStreams s = streams;
        if (s != null) {
            s.close(new KafkaStreams.CloseOptions().timeout(Duration.ofSeconds(30)).leaveGroup(true));
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }
}
