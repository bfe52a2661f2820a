package dozor.requests.web;

import java.time.Instant;
import java.util.UUID;

import dozor.requests.Category;
import dozor.requests.Channel;
import dozor.requests.DeviceType;
import dozor.requests.Priority;
import dozor.requests.PrioritySource;
import dozor.requests.RequestStatus;
import dozor.requests.ServiceRequestView;
import dozor.sla.SlaStatus;

/** A request with its live SLA state, as the REST API returns it. */
record RequestResponse(UUID id, String number, UUID customerId, String customerName, String unp, String contactPhone,
        String contactEmail, String deviceModel, String serialNumber, String problemDescription, Category category,
        DeviceType deviceType, String region, Priority priority, PrioritySource prioritySource, String priorityReason,
        RequestStatus status, Instant statusChangedAt, Channel channel, UUID duplicateOf, String duplicateState,
        Instant registeredAt, String registeredBy, int version, SlaStatus sla) {

    static RequestResponse of(ServiceRequestView v, SlaStatus sla) {
        return new RequestResponse(v.id(), v.number(), v.customerId(), v.customerName(), v.unp(), v.contactPhone(),
                v.contactEmail(), v.deviceModel(), v.serialNumber(), v.problemDescription(), v.category(),
                v.deviceType(), v.region(), v.priority(), v.prioritySource(), v.priorityReason(), v.status(),
                v.statusChangedAt(), v.channel(), v.duplicateOf(), v.duplicateState(), v.registeredAt(),
                v.registeredBy(), v.version(), sla);
    }
}
