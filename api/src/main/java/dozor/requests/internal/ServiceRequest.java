package dozor.requests.internal;

import java.time.Instant;
import java.util.UUID;

import dozor.events.requests.RequestRegistered;
import dozor.requests.Priority;
import dozor.requests.RegisterServiceRequest;
import dozor.requests.RequestStatus;
import dozor.requests.ServiceRequestView;
import dozor.shared.Ids;

/** The service request aggregate. State changes happen only through its transitions, each raising its event. */
public record ServiceRequest(UUID id, String number, String customerName, String unp, String contactPhone,
        String deviceModel, String serialNumber, String problemDescription, Priority priority, RequestStatus status,
        Instant registeredAt, String registeredBy) {

    public record Registration(ServiceRequest request, RequestRegistered event) {
    }

    public static Registration register(RegisterServiceRequest command, String number, Instant receivedAt,
            String actor, Instant now) {
        var request = new ServiceRequest(Ids.newId(), number, command.customerName().strip(),
                command.unp() == null ? null : command.unp().value(), command.contactPhone().e164(),
                command.deviceModel().strip(), blankToNull(command.serialNumber()),
                command.problemDescription().strip(), command.priority(), RequestStatus.NEW, receivedAt, actor);
        var event = new RequestRegistered(Ids.newId(), now, RequestRegistered.CURRENT_VERSION, request.id(), number,
                request.customerName(), request.unp(), request.deviceModel(), request.priority().name(),
                receivedAt);
        return new Registration(request, event);
    }

    public ServiceRequestView toView() {
        return new ServiceRequestView(id, number, customerName, unp, contactPhone, deviceModel, serialNumber,
                problemDescription, priority, status, registeredAt, registeredBy);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
