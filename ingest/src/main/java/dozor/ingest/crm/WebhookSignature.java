package dozor.ingest.crm;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code X-Dozor-Signature: sha256=<hex>}, the HMAC-SHA256 with the shared
 * secret of {@code <X-Dozor-Timestamp> + "." + <raw body bytes>}, the timestamp in Unix seconds. The timestamp is
 * part of what is signed, so a delivery cannot be replayed once it is older than the tolerance.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "X-Dozor-Timestamp";

    public static final String SIGNATURE_HEADER = "X-Dozor-Signature";

    private static final String PREFIX = "sha256=";

    /** Why a delivery was accepted or not. */
    public enum Verdict {
        VALID, NOT_CONFIGURED, MISSING, MALFORMED, STALE, MISMATCH
    }

    private final byte[] secret;

    private final Duration tolerance;

    public WebhookSignature(String secret, Duration tolerance) {
        this.secret = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
    }

    public long toleranceSeconds() {
        return tolerance.toSeconds();
    }

    public boolean configured() {
        return secret != null;
    }

    public Verdict verify(String timestamp, String signature, byte[] body, Instant now) {
        if (secret == null) {
            return Verdict.NOT_CONFIGURED;
        }
        if (timestamp == null || timestamp.isBlank() || signature == null || signature.isBlank()) {
            return Verdict.MISSING;
        }
        String signedTimestamp = timestamp.strip();
        long seconds;
        byte[] given;
        try {
            seconds = Long.parseLong(signedTimestamp);
            String hex = signature.strip();
            if (!hex.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                return Verdict.MALFORMED;
            }
            given = HexFormat.of().parseHex(hex.substring(PREFIX.length()));
        }
        catch (IllegalArgumentException ex) {
            return Verdict.MALFORMED;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return Verdict.STALE;
        }
        // Constant time: a timing difference must not tell an attacker how many leading bytes were right.
        return MessageDigest.isEqual(hmac(secret, signedTimestamp, body), given) ? Verdict.VALID : Verdict.MISMATCH;
    }

    /** The header value a sender puts in {@code X-Dozor-Signature} (clients, tests and the benchmark use it). */
    public static String sign(String secret, long timestamp, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), Long.toString(timestamp), body));
    }

    /** Over the timestamp exactly as sent: a sender's "0170..." must not fail for being re-formatted. */
    private static byte[] hmac(byte[] secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body == null ? new byte[0] : body);
        }
        catch (NoSuchAlgorithmException | InvalidKeyException ex) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", ex);
        }
    }
}
