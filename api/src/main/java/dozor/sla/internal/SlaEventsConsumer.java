package dozor.sla.internal;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;

/**
 * Brings the streams app's SLA events back into the api: each batch is handed to in-process listeners (the queue,
 * notifications) inside one database transaction, and the Kafka offsets are committed only after it commits. A
 * crash re-delivers the batch; the listeners set state, so a repeat changes nothing.
 */
@Component
@ConditionalOnProperty(name = "dozor.sla.consumer-enabled", havingValue = "true", matchIfMissing = true)
class SlaEventsConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SlaEventsConsumer.class);

    private final String bootstrapServers;

    private final ApplicationEventPublisher listeners;

    private final TransactionTemplate tx;

    private final AtomicBoolean running = new AtomicBoolean();

    private volatile KafkaConsumer<String, String> consumer;

    private Thread worker;

    SlaEventsConsumer(@Value("${dozor.outbox.bootstrap-servers}") String bootstrapServers,
            ApplicationEventPublisher listeners, TransactionTemplate tx) {
        this.bootstrapServers = bootstrapServers;
        this.listeners = listeners;
        this.tx = tx;
    }

    private void loop() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "dozor-api-sla");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            consumer = c;
            c.subscribe(List.of(Topics.SLA));
            while (running.get()) {
                ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                tx.executeWithoutResult(status -> {
                    for (ConsumerRecord<String, String> record : records) {
                        try {
                            DozorEvent event = EventJson.read(record.value());
                            listeners.publishEvent(event);
                        }
                        catch (RuntimeException ex) {
                            log.warn("Skipping SLA record {}-{}@{}: {}", record.topic(), record.partition(),
                                    record.offset(), ex.toString());
                        }
                    }
                });
                c.commitSync();
            }
        }
        catch (WakeupException ex) {
            // stopping
        }
        catch (RuntimeException ex) {
            if (running.get()) {
                log.warn("SLA events consumer stopped: {}", ex.toString());
            }
        }
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            worker = new Thread(() -> {
                while (running.get()) {
                    loop();
                    if (running.get()) {
                        try {
                            Thread.sleep(2000); // Kafka or the database was away; try again
                        }
                        catch (InterruptedException ex) {
                            return;
                        }
                    }
                }
            }, "sla-events-consumer");
            worker.setDaemon(true);
            worker.start();
        }
    }

    @Override
    public void stop() {
        if (running.compareAndSet(true, false)) {
            KafkaConsumer<String, String> c = consumer;
            if (c != null) {
                c.wakeup();
            }
            try {
                worker.join(10_000);
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
}
