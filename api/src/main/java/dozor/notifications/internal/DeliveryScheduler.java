package dozor.notifications.internal;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the delivery worker on a thread of its own: woken by a commit that queued deliveries, or every poll
 * interval for retries that have come due. Its own thread rather than {@code @Scheduled}, because a send may wait
 * on a slow channel for seconds and the shared scheduler thread serves other features' jobs.
 */
public class DeliveryScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryScheduler.class);

    private final DeliveryWorker worker;

    private final DeliverySignal signal;

    private final NotificationProperties properties;

    private final Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    private volatile Thread thread;

    DeliveryScheduler(DeliveryWorker worker, DeliverySignal signal, NotificationProperties properties, Clock clock) {
        this.worker = worker;
        this.signal = signal;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            Thread t = new Thread(this::loop, "notification-delivery");
            t.setDaemon(true);
            thread = t;
            t.start();
        }
    }

    @Override
    public void stop() {
        if (running.compareAndSet(true, false)) {
            Thread t = thread;
            t.interrupt();
            try {
                t.join(10_000);
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
    public boolean isAutoStartup() {
        return properties.worker().enabled();
    }

    private void loop() {
        long pollMillis = properties.worker().pollInterval().toMillis();
        while (running.get()) {
            try {
                // A full batch means more may be due: go on without waiting.
                while (running.get() && worker.runDue(clock.instant()) == worker.batchSize()) {
                    log.debug("Full delivery batch, continuing");
                }
            }
            catch (RuntimeException ex) {
                log.warn("Delivery round failed, next try in {} ms: {}", pollMillis, ex.toString());
            }
            try {
                signal.await(pollMillis);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
