package dozor.queue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One request as the queue shows it. */
public record QueueEntry(UUID id, String number, UUID customerId, String customerName, String category,
        String deviceType, String deviceModel, String priority, String status, Instant registeredAt,
        Instant statusChangedAt, List<String> departments, List<String> assignees, String duplicateState,
        String slaState, Instant slaDueAt) {
}
