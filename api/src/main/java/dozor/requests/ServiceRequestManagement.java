package dozor.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.requests.internal.ServiceRequest;
import dozor.requests.internal.ServiceRequests;
import dozor.shared.PageResponse;

/**
 * The public API of the requests feature: registering requests and reading them. Every change is one
 * transaction holding the new state, its audit record and its event.
 */
@Service
public class ServiceRequestManagement {

    private final ServiceRequests requests;

    private final Outbox outbox;

    private final AuditLog audit;

    private final Clock clock;

    ServiceRequestManagement(ServiceRequests requests, Outbox outbox, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ServiceRequestView register(RegisterServiceRequest command) {
        return register(command, clock.instant());
    }

    /**
     * Registers a request that was received at {@code receivedAt}: now for live intake, earlier for
     * migrated history and demo data. SLA clocks start from that moment.
     */
    @Transactional
    public ServiceRequestView register(RegisterServiceRequest command, Instant receivedAt) {
        String number = requests.nextNumber(receivedAt);
        var registration = ServiceRequest.register(command, number, receivedAt, AuditLog.currentActor(),
                clock.instant());
        requests.insert(registration.request());
        ServiceRequestView view = registration.request().toView();
        audit.record("REGISTERED", "ServiceRequest", view.id().toString(), null, view);
        outbox.append(registration.event());
        return view;
    }

    @Transactional(readOnly = true)
    public Optional<ServiceRequestView> find(UUID id) {
        return requests.findById(id).map(ServiceRequest::toView);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public PageResponse<ServiceRequestView> list(int page, int size) {
        return PageResponse.of(requests.page(page, size).stream().map(ServiceRequest::toView).toList(), page, size,
                requests.count());
    }
}
