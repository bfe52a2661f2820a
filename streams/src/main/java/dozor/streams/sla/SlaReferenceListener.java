package dozor.streams.sla;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import dozor.calendar.BusinessCalendar;
import dozor.calendar.CalendarDefinition;
import dozor.clocks.Calendars;
import dozor.clocks.SlaPolicy;
import dozor.events.EventJson;
import dozor.events.Topics;
import dozor.events.reference.SlaSettingsPublished;
import tools.jackson.databind.JsonNode;

/**
 * Keeps the clocks on the administrators' SLA policy and calendars: reads the compacted reference topic from its
 * beginning (the newest settings win) and follows it. Starts before the topology (phase), so clocks do not begin on
 * the defaults when settings exist.
 */
@Component
@ConditionalOnProperty(name = "dozor.sla.calendars", havingValue = "business", matchIfMissing = true)
class SlaReferenceListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SlaReferenceListener.class);

    private final SlaReference reference;

    private final String bootstrapServers;

    private final AtomicBoolean running = new AtomicBoolean();

    private volatile KafkaConsumer<String, String> consumer;

    private volatile int applied = -1;

    private Thread worker;

    SlaReferenceListener(SlaReference reference, @Value("${dozor.kafka.bootstrap-servers}") String bootstrapServers) {
        this.reference = reference;
        this.bootstrapServers = bootstrapServers;
    }

    /** Applies one published settings document, if it is newer than what the clocks run on. */
    void apply(SlaSettingsPublished settings) {
        if (settings.settingsVersion() <= applied) {
            return;
        }
        SlaPolicy policy = SlaReference.JSON.treeToValue(settings.policy(), SlaPolicy.class);
        Map<String, BusinessCalendar> calendars = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : settings.calendars().properties()) {
            calendars.put(entry.getKey(),
                    SlaReference.JSON.treeToValue(entry.getValue(), CalendarDefinition.class).toCalendar());
        }
        reference.update(policy, new Calendars(calendars));
        applied = settings.settingsVersion();
        log.info("SLA clocks now run on settings version {} ({} calendars)", applied, calendars.size());
    }

    private void loop() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            consumer = c;
            List<PartitionInfo> partitions = List.of();
            while (running.get() && partitions.isEmpty()) {
                partitions = c.listTopics(Duration.ofSeconds(10)).getOrDefault(Topics.REFERENCE, List.of());
                if (partitions.isEmpty()) {
                    Thread.sleep(2000); // nobody has published settings yet: the defaults apply meanwhile
                }
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            c.assign(assigned);
            c.seekToBeginning(assigned);
            while (running.get()) {
                for (ConsumerRecord<String, String> record : c.poll(Duration.ofMillis(1000))) {
                    try {
                        if (EventJson.read(record.value()) instanceof SlaSettingsPublished settings) {
                            apply(settings);
                        }
                    }
                    catch (RuntimeException ex) {
                        log.warn("Ignoring unusable SLA settings at offset {}: {}", record.offset(), ex.toString());
                    }
                }
            }
        }
        catch (WakeupException | InterruptedException ex) {
            // stopping
        }
        catch (RuntimeException ex) {
            log.warn("SLA settings listener stopped: {}", ex.toString());
        }
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            worker = new Thread(() -> {
                while (running.get()) {
                    loop();
                }
            }, "sla-reference");
            worker.setDaemon(true);
            worker.start();
        }
    }

    @Override
    public void stop() {
        if (running.compareAndSet(true, false)) {
            KafkaConsumer<String, String> c = consumer;
            if (c != null) {
                // wakes a poll; an interrupt would also hit the consumer's close and log a stack trace
                c.wakeup();
            }
            else {
                worker.interrupt(); // waiting for the topic to appear
            }
            try {
                worker.join(5000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE / 2 - 1; // before the topology (default phase)
    }
}
