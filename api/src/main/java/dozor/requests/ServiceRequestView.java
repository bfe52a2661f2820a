package dozor.requests;

import java.time.Instant;
import java.util.UUID;

/** A request as other features and the REST API see it. */
public record ServiceRequestView(UUID id, String number, String customerName, String unp, String contactPhone,
        String deviceModel, String serialNumber, String problemDescription, Priority priority, RequestStatus status,
        Instant registeredAt, String registeredBy) {
}
