package dozor.logistics;

import java.time.Instant;

/** One step of a shipment's history: when, to which status, and who said so (a user, or the carrier's webhook). */
public record StatusEntry(ShipmentStatus status, Instant at, String source, String actor, String carrierStatus,
        String note) {
}
