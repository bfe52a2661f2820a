package dozor.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends due deliveries and records the outcome: SENT, FAILED with the next attempt after back-off, or DEAD when
 * the attempts are used up or the channel refused for good. Nothing here runs in a caller's transaction, so a
 * slow or broken channel only ever delays other deliveries, never a request.
 */
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryQueue queue;

    private final ChannelSenders senders;

    private final Backoff backoff;

    private final NotificationProperties properties;

    private final Clock clock;

    private final MeterRegistry meters;

    DeliveryWorker(DeliveryQueue queue, ChannelSenders senders, Backoff backoff, NotificationProperties properties,
            Clock clock, MeterRegistry meters) {
        this.queue = queue;
        this.senders = senders;
        this.backoff = backoff;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /** One round at the clock's current time. */
    public int runDue() {
        return runDue(clock.instant());
    }

    /**
     * One round as if it were {@code now}: claims up to a batch of deliveries due by then, sends them and
     * schedules retries from {@code now}. Returns how many were claimed. Tests call this directly with a chosen
     * time instead of waiting out the back-off.
     */
    public int runDue(Instant now) {
        Duration lease = properties.worker().lease();
        List<DeliveryQueue.Due> due = queue.claim(now, lease, properties.worker().batchSize());
        for (DeliveryQueue.Due delivery : due) {
            deliver(delivery, now);
        }
        return due.size();
    }

    private void deliver(DeliveryQueue.Due delivery, Instant now) {
        String outcome;
        try {
            send(delivery);
            queue.sent(delivery.id(), now);
            outcome = "sent";
        }
        catch (DeliveryFailure failure) {
            outcome = failed(delivery, failure, now);
        }
        catch (RuntimeException ex) {
            // A bug or an unexpected library error: retried like an outage, and logged with its stack trace.
            log.error("Delivery {} over {} failed unexpectedly", delivery.id(), delivery.channel(), ex);
            outcome = failed(delivery, new DeliveryFailure(ex.getClass().getSimpleName(), false), now);
        }
        meters.counter("dozor.notifications.deliveries", "channel", delivery.channel().name(), "outcome", outcome)
                .increment();
    }

    private void send(DeliveryQueue.Due delivery) throws DeliveryFailure {
        ChannelSender sender = senders.of(delivery.channel()).filter(ChannelSender::available)
                .orElseThrow(() -> new DeliveryFailure("channel " + delivery.channel() + " is not configured", true));
        String address = delivery.address()
                .orElseThrow(() -> new DeliveryFailure("the recipient has no " + delivery.channel() + " address", true));
        sender.send(render(delivery), address);
    }

    private String failed(DeliveryQueue.Due delivery, DeliveryFailure failure, Instant now) {
        Optional<Instant> next = failure.permanent() ? Optional.empty()
                : backoff.nextAttempt(delivery.attempts(), now);
        if (next.isPresent()) {
            queue.retryAt(delivery.id(), next.get(), failure.getMessage());
            log.info("Delivery {} over {} failed (attempt {}), retry at {}: {}", delivery.id(), delivery.channel(),
                    delivery.attempts(), next.get(), failure.getMessage());
            return "failed";
        }
        queue.dead(delivery.id(), failure.getMessage());
        log.warn("Delivery {} over {} given up after {} attempt(s): {}", delivery.id(), delivery.channel(),
                delivery.attempts(), failure.getMessage());
        return "dead";
    }

    OutgoingMessage render(DeliveryQueue.Due d) {
        Locale locale = Locale.forLanguageTag(d.locale());
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && d.titleEn() != null;
        String base = properties.publicUrl().replaceAll("/+$", "");
        return new OutgoingMessage(d.type().displayName(locale), english ? d.titleEn() : d.titleRu(),
                english ? d.textEn() : d.textRu(), d.link() == null ? null : base + d.link(), locale);
    }

    /** Exposed for the scheduler's batch loop. */
    int batchSize() {
        return properties.worker().batchSize();
    }
}
