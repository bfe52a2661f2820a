package dozor.api.outbox;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/** Wakes the relay as soon as a transaction with events commits, instead of waiting for the next poll. */
@Component
public class OutboxSignal {

    private final Semaphore permits = new Semaphore(0);

    void eventsCommitted() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** Waits up to {@code millis} for a commit signal; returns early when one arrives. */
    public void await(long millis) throws InterruptedException {
        if (permits.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
            permits.drainPermits();
        }
    }
}
