package dozor.batch.dw;

import java.time.Instant;
import java.util.UUID;

/**
 * One Kafka record on its way into {@code dw.stg_event}. A record that cannot be read as an event is still
 * carried ({@code eventId == null}) so its offset is committed and it does not block the partition.
 */
record LandedEvent(String topic, int partition, long offset, UUID eventId, String type, String aggregateId,
        Instant occurredAt, String payload) {

    boolean readable() {
        return eventId != null;
    }
}
