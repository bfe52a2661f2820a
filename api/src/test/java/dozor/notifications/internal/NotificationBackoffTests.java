package dozor.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class NotificationBackoffTests {

    static final Instant T = Instant.parse("2026-11-25T09:00:00Z");

    final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 8);

    @Test
    void waitsThirtySecondsAfterTheFirstFailureAndDoublesAfterEachFurtherOne() {
        assertThat(backoff.nextAttempt(1, T)).contains(T.plusSeconds(30));
        assertThat(backoff.nextAttempt(2, T)).contains(T.plusSeconds(60));
        assertThat(backoff.nextAttempt(3, T)).contains(T.plusSeconds(120));
        assertThat(backoff.nextAttempt(7, T)).contains(T.plusSeconds(30 * 64));
    }

    @Test
    void givesUpAtTheLastAttempt() {
        assertThat(backoff.nextAttempt(8, T)).isEmpty();
        assertThat(backoff.nextAttempt(9, T)).isEmpty();
    }

    @Test
    void neverWaitsLongerThanTheCapEvenAfterManyAttempts() {
        Backoff patient = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10), 1000);
        assertThat(patient.delayAfter(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(patient.delayAfter(64)).isEqualTo(Duration.ofMinutes(10));
        assertThat(patient.delayAfter(999)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void refusesANonsensicalConfiguration() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void treatsServerErrorsAndThrottlingAsTransientAndOtherRefusalsAsPermanent() {
        assertThat(DeliveryFailure.ofStatus(500, "").permanent()).isFalse();
        assertThat(DeliveryFailure.ofStatus(503, "").permanent()).isFalse();
        assertThat(DeliveryFailure.ofStatus(429, "").permanent()).isFalse();
        assertThat(DeliveryFailure.ofStatus(408, "").permanent()).isFalse();
        assertThat(DeliveryFailure.ofStatus(400, "chat not found").permanent()).isTrue();
        assertThat(DeliveryFailure.ofStatus(403, "").permanent()).isTrue();
        assertThat(DeliveryFailure.ofStatus(404, "no_service").getMessage()).isEqualTo("HTTP 404: no_service");
        assertThat(DeliveryFailure.unreachable(new RuntimeException("I/O error on POST request for \"https://x/bot1:SECRET\"",
                new java.net.ConnectException("Connection refused"))).getMessage())
                .isEqualTo("unreachable, ConnectException: Connection refused").doesNotContain("SECRET");
    }
}
