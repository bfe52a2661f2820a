package dozor.stock.live;

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
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;
import dozor.events.stock.StockAlertEvent;

/**
 * Brings the streams app's low-stock alerts ({@value Topics#STOCK_ALERTS}) into the api, like the SLA events: each
 * alert is handed to in-process listeners ({@link LowStockNotices}) in a database transaction of its own, and the
 * Kafka offsets are committed only after the batch's transactions committed. A crash or a database outage
 * re-delivers the batch; the listeners are idempotent by the alert's event id. A record that cannot be read, or
 * that a listener refuses for good (bad data rather than an unreachable database), is logged and skipped, so one
 * bad record never blocks the topic.
 */
@Component
@ConditionalOnProperty(name = "dozor.stock.alerts.consumer-enabled", havingValue = "true", matchIfMissing = true)
class StockAlertsConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StockAlertsConsumer.class);

    private final String bootstrapServers;

    private final String groupId;

    private final ApplicationEventPublisher listeners;

    private final TransactionTemplate tx;

    private final AtomicBoolean running = new AtomicBoolean();

    private volatile KafkaConsumer<String, String> consumer;

    private Thread worker;

    StockAlertsConsumer(@Value("${dozor.outbox.bootstrap-servers}") String bootstrapServers,
            @Value("${dozor.stock.alerts.consumer-group:dozor-api-stock-alerts}") String groupId,
            ApplicationEventPublisher listeners, TransactionTemplate tx) {
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
        this.listeners = listeners;
        this.tx = tx;
    }

    private void loop() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            consumer = c;
            c.subscribe(List.of(Topics.STOCK_ALERTS));
            while (running.get()) {
                ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                for (ConsumerRecord<String, String> record : records) {
                    handle(record);
                }
                c.commitSync();
            }
        }
        catch (WakeupException ex) {
            // stopping
        }
        catch (RuntimeException ex) {
            if (running.get()) {
                log.warn("Stock alerts consumer stopped: {}", ex.toString());
            }
        }
    }

    private void handle(ConsumerRecord<String, String> record) {
        DozorEvent event;
        try {
            event = EventJson.read(record.value());
        }
        catch (RuntimeException ex) {
            log.warn("Skipping unreadable stock alert {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), ex.toString());
            return;
        }
        if (!(event instanceof StockAlertEvent)) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> listeners.publishEvent(event));
        }
        catch (DataAccessResourceFailureException | TransientDataAccessException | RecoverableDataAccessException
                | CannotCreateTransactionException ex) {
            throw ex; // the database is away: leave the offsets, the batch comes again
        }
        catch (RuntimeException ex) {
            log.warn("Skipping stock alert {} ({}-{}@{}): {}", event.eventId(), record.topic(), record.partition(),
                    record.offset(), ex.toString());
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
            }, "stock-alerts-consumer");
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
