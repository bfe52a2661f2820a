package dozor.streams.sla;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import dozor.clocks.RequestClocks;
import dozor.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;

/** Runs the SLA topology (exactly-once v2) and answers interactive queries against its clock store. */
@Component
public class SlaStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SlaStreams.class);

    private final Properties config = new Properties();

    private final SlaReference reference;

    private final String bootstrapServers;

    private final MeterRegistry meters;

    private volatile KafkaStreams streams;

    SlaStreams(SlaReference reference, MeterRegistry meters,
            @Value("${dozor.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${dozor.streams.state-dir}") Path stateDir) {
        this.reference = reference;
        this.meters = meters;
        this.bootstrapServers = bootstrapServers;
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, SlaTopology.APPLICATION_ID);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // A restarted instance waits for its previous member to time out when the leave did not reach the
        // coordinator; 10 s (the default is 45 s) keeps the SLA clocks' pause after a restart short.
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10000);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 3000);
    }

    @Override
    public void start() {
        ensureTopics();
        streams = new KafkaStreams(SlaTopology.build(new StreamsBuilder(), reference::engine, Duration.ofSeconds(1)),
                config);
        streams.setUncaughtExceptionHandler(ex -> {
            log.error("SLA stream thread failed; replacing it", ex);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                    .REPLACE_THREAD;
        });
        new KafkaStreamsMetrics(streams).bindTo(meters);
        streams.start();
        log.info("SLA topology started against {}", bootstrapServers);
    }

    private void ensureTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            for (String topic : List.of(Topics.REQUESTS, Topics.WORK, Topics.SLA)) {
                if (!names.contains(topic)) {
                    admin.createTopics(List.of(new NewTopic(topic, Topics.PARTITIONS, (short) -1))).all()
                            .get(30, TimeUnit.SECONDS);
                }
            }
        }
        catch (Exception ex) {
            log.warn("Could not check the SLA topics: {}", ex.toString());
        }
    }

    /** The clocks of one request, if this instance holds them and the store is ready. */
    public Optional<RequestClocks> clocks(UUID requestId) {
        String json = store(SlaTopology.CLOCKS).get(requestId.toString());
        return Optional.ofNullable(json).map(v -> SlaClockProcessor.JSON.readValue(v, RequestClocks.class));
    }

    /** Outcome figures per target and department leg over the Minsk days {@code from}..{@code to}. */
    public List<SlaMetrics.Figures> figures(java.time.LocalDate from, java.time.LocalDate to) {
        return SlaMetrics.between(store(SlaTopology.METRICS), from, to);
    }

    public dozor.clocks.ClockEngine engine() {
        return reference.engine();
    }

    private ReadOnlyKeyValueStore<String, String> store(String name) {
        KafkaStreams s = streams;
        if (s == null || s.state() != KafkaStreams.State.RUNNING) {
            throw new IllegalStateException("SLA store not ready: " + (s == null ? "stopped" : s.state()));
        }
        return s.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, String>keyValueStore()));
    }

    public KafkaStreams.State state() {
        KafkaStreams s = streams;
        return s == null ? KafkaStreams.State.NOT_RUNNING : s.state();
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
