package dozor.notifications.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/** Wakes the delivery worker when a transaction that queued deliveries commits, instead of at the next poll. */
@Component
public class DeliverySignal {

    private final Semaphore permits = new Semaphore(0);

    public void deliveriesCommitted() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** Waits up to {@code millis} for a commit; returns early when one arrives. */
    void await(long millis) throws InterruptedException {
        if (permits.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
            permits.drainPermits();
        }
    }
}
