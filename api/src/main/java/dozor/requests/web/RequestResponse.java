package dozor.requests.web;

import java.time.Instant;
import java.util.UUID;

import dozor.requests.Priority;
import dozor.requests.RequestStatus;
import dozor.requests.ServiceRequestView;
import dozor.sla.SlaStatus;

/** A request with its live SLA state, as the REST API returns it. */
record RequestResponse(UUID id, String number, String customerName, String unp, String contactPhone,
        String deviceModel, String serialNumber, String problemDescription, Priority priority, RequestStatus status,
        Instant registeredAt, String registeredBy, SlaStatus sla) {

    static RequestResponse of(ServiceRequestView v, SlaStatus sla) {
        return new RequestResponse(v.id(), v.number(), v.customerName(), v.unp(), v.contactPhone(), v.deviceModel(),
                v.serialNumber(), v.problemDescription(), v.priority(), v.status(), v.registeredAt(),
                v.registeredBy(), sla);
    }
}
