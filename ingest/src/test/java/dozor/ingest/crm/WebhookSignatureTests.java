package dozor.ingest.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dozor.ingest.crm.WebhookSignature.Verdict;

class WebhookSignatureTests {

    static final String SECRET = "a-long-shared-secret-of-the-crm";

    static final byte[] BODY = "{\"ticket\":{\"id\":\"T-1\"}}".getBytes(StandardCharsets.UTF_8);

    static final Instant NOW = Instant.ofEpochSecond(1_780_000_000L);

    final WebhookSignature signature = new WebhookSignature(SECRET, Duration.ofMinutes(5));

    @Test
    void signsTimestampDotBodyWithHmacSha256InLowerCaseHex() {
        // Computed independently: printf '1780000000.{"ticket":{"id":"T-1"}}' | openssl dgst -sha256 -hmac <secret>
        assertThat(WebhookSignature.sign(SECRET, 1_780_000_000L, BODY))
                .isEqualTo("sha256=" + Hmac.of(SECRET, "1780000000." + new String(BODY, StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsTheRightSignatureWithinTheTolerance() {
        for (long offset : new long[] { 0, -300, 300, -1, 1 }) {
            long ts = NOW.getEpochSecond() + offset;
            assertThat(signature.verify(String.valueOf(ts), WebhookSignature.sign(SECRET, ts, BODY), BODY, NOW))
                    .as("offset %d s", offset).isEqualTo(Verdict.VALID);
        }
        String upper = WebhookSignature.sign(SECRET, NOW.getEpochSecond(), BODY).toUpperCase();
        assertThat(signature.verify(" " + NOW.getEpochSecond() + " ", upper, BODY, NOW)).isEqualTo(Verdict.VALID);
    }

    @Test
    void refusesWhatIsMissingUnreadableStaleOrWrong() {
        String ts = String.valueOf(NOW.getEpochSecond());
        String good = WebhookSignature.sign(SECRET, NOW.getEpochSecond(), BODY);
        assertThat(signature.verify(null, good, BODY, NOW)).isEqualTo(Verdict.MISSING);
        assertThat(signature.verify(ts, " ", BODY, NOW)).isEqualTo(Verdict.MISSING);
        assertThat(signature.verify("12:00", good, BODY, NOW)).isEqualTo(Verdict.MALFORMED);
        assertThat(signature.verify(ts, good.substring(7), BODY, NOW)).as("no sha256= prefix").isEqualTo(Verdict.MALFORMED);
        assertThat(signature.verify(ts, "sha256=xyz", BODY, NOW)).isEqualTo(Verdict.MALFORMED);
        long old = NOW.getEpochSecond() - 301;
        assertThat(signature.verify(String.valueOf(old), WebhookSignature.sign(SECRET, old, BODY), BODY, NOW))
                .isEqualTo(Verdict.STALE);
        long future = NOW.getEpochSecond() + 301;
        assertThat(signature.verify(String.valueOf(future), WebhookSignature.sign(SECRET, future, BODY), BODY, NOW))
                .isEqualTo(Verdict.STALE);
        assertThat(signature.verify(ts, WebhookSignature.sign("other-secret", NOW.getEpochSecond(), BODY), BODY, NOW))
                .isEqualTo(Verdict.MISMATCH);
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 3] = '2';
        assertThat(signature.verify(ts, good, tampered, NOW)).isEqualTo(Verdict.MISMATCH);
        assertThat(signature.verify(String.valueOf(NOW.getEpochSecond() - 1), good, BODY, NOW))
                .as("the timestamp is signed").isEqualTo(Verdict.MISMATCH);
        assertThat(signature.verify("0" + ts, good, BODY, NOW)).as("exactly as sent").isEqualTo(Verdict.MISMATCH);
        assertThat(signature.verify(ts, "sha256=" + "00".repeat(32), BODY, NOW)).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void withoutASecretNothingIsAccepted() {
        WebhookSignature none = new WebhookSignature(" ", Duration.ofMinutes(5));
        assertThat(none.configured()).isFalse();
        assertThat(none.verify(String.valueOf(NOW.getEpochSecond()), WebhookSignature.sign("x", NOW.getEpochSecond(),
                BODY), BODY, NOW)).isEqualTo(Verdict.NOT_CONFIGURED);
    }

    /** An HMAC written out by hand from the JDK, independent of the class under test. */
    static final class Hmac {

        static String of(String secret, String message) {
            try {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                StringBuilder hex = new StringBuilder();
                for (byte b : mac.doFinal(message.getBytes(StandardCharsets.UTF_8))) {
                    hex.append(String.format("%02x", b));
                }
                return hex.toString();
            }
            catch (java.security.GeneralSecurityException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
