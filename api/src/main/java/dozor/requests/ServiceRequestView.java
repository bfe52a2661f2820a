package dozor.requests;

import java.time.Instant;
import java.util.UUID;

/** A request as other features and the REST API see it. */
public record ServiceRequestView(UUID id, String number, UUID customerId, String customerName, String unp,
        String contactPhone, String contactEmail, String deviceModel, String serialNumber, String problemDescription,
        Category category, DeviceType deviceType, String region, Priority priority, PrioritySource prioritySource,
        String priorityReason, RequestStatus status, Instant statusChangedAt, Channel channel, String externalId,
        UUID duplicateOf, String duplicateState, Instant registeredAt, String registeredBy, int version) {
}
