package dozor.ingest.carriers;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dozor.ingest.crm.WebhookSignature;
import dozor.logistics.ShipmentStatus;

/**
 * Each carrier's tracking webhook settings ({@code dozor.ingest.carriers.<code>.*}): the HMAC secret it signs with
 * (the CRM webhook's scheme, {@link WebhookSignature}) and how its own statuses map onto ours
 * ({@code status-map.<carrier status>=IN_TRANSIT|DELIVERED|FAILED|RETURNED}). Carrier codes are matched ignoring
 * case, dashes and underscores (so {@code DOZOR_INGEST_CARRIERS_CDEK_SECRET} configures {@code CDEK} and
 * {@code own-courier} {@code OWN_COURIER}); carrier statuses ignoring case.
 */
public final class CarrierWebhooks {

    /** The carriers Dozor knows (seeded in {@code ops.carrier}); the local runner makes a secret for each. */
    public static final List<String> CODES = List.of("BELPOCHTA", "EVROPOCHTA", "CDEK", "DPD", "OWN_COURIER");

    /** One carrier's settings as configured. */
    public record Settings(String secret, Duration tolerance, Map<String, String> statusMap) {
    }

    /** One carrier's signature check and status map. */
    public record Carrier(String code, WebhookSignature signature, Map<String, ShipmentStatus> statusMap) {

        /** Our status for the carrier's, or empty when it is not mapped (recorded, changes nothing). */
        public Optional<ShipmentStatus> map(String carrierStatus) {
            return Optional.ofNullable(statusMap.get(normal(carrierStatus)));
        }
    }

    private final Map<String, Carrier> carriers;

    private CarrierWebhooks(Map<String, Carrier> carriers) {
        this.carriers = Map.copyOf(carriers);
    }

    /**
     * From the configuration; a mapped status that is not one a carrier may report stops the start with a message
     * naming the key.
     */
    public static CarrierWebhooks of(Map<String, Settings> configured) {
        Map<String, Carrier> carriers = new LinkedHashMap<>();
        configured.forEach((code, settings) -> {
            String carrier = CODES.stream().filter(k -> canonical(k).equals(canonical(code))).findFirst()
                    .orElse(normal(code));
            Map<String, ShipmentStatus> map = new LinkedHashMap<>();
            (settings.statusMap() == null ? Map.<String, String>of() : settings.statusMap()).forEach((from, to) -> {
                ShipmentStatus status;
                try {
                    status = ShipmentStatus.valueOf(normal(to));
                }
                catch (IllegalArgumentException | NullPointerException ex) {
                    status = null;
                }
                if (status == null || !ShipmentStatus.ON_THE_WAY.contains(status)) {
                    throw new IllegalStateException("dozor.ingest.carriers." + code + ".status-map." + from + "=" + to
                            + ": a carrier's status maps to one of " + ShipmentStatus.ON_THE_WAY);
                }
                map.put(normal(from), status);
            });
            Duration tolerance = settings.tolerance() == null ? Duration.ofMinutes(5) : settings.tolerance();
            carriers.put(canonical(carrier),
                    new Carrier(carrier, new WebhookSignature(settings.secret(), tolerance), map));
        });
        return new CarrierWebhooks(carriers);
    }

    public Optional<Carrier> carrier(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(carriers.get(canonical(code)));
    }

    public Map<String, Carrier> all() {
        return carriers;
    }

    static String canonical(String code) {
        return normal(code).replace("-", "").replace("_", "");
    }

    static String normal(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
