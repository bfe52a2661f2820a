package dozor.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed delivery again: {@code baseDelay} after the first failure, doubling with each further
 * one up to {@code maxDelay}, and never after the {@code maxAttempts}-th. Pure, so it is tested without a clock.
 */
public record Backoff(Duration baseDelay, Duration maxDelay, int maxAttempts) {

    public Backoff {
        if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("back-off needs 0 < baseDelay <= maxDelay and maxAttempts >= 1");
        }
    }

    static Backoff of(NotificationProperties.Retry retry) {
        return new Backoff(retry.baseDelay(), retry.maxDelay(), retry.maxAttempts());
    }

    /**
     * The next attempt after {@code attemptsMade} attempts (the latest one failed at {@code failedAt}), or empty
     * when the delivery should be given up.
     */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(attemptsMade)));
    }

    /** The pause after {@code attemptsMade} (≥ 1) attempts. */
    public Duration delayAfter(int attemptsMade) {
        int doublings = Math.max(0, attemptsMade - 1);
        // Past 2^30 the multiplication would overflow long before it mattered: the cap has long been reached.
        if (doublings >= 30) {
            return maxDelay;
        }
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
