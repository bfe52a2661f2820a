package dozor.requests.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dozor.customers.Resolution;
import dozor.events.requests.RequestPriorityChanged;
import dozor.events.requests.RequestRegistered;
import dozor.events.requests.RequestStatusChanged;
import dozor.requests.Category;
import dozor.requests.Channel;
import dozor.requests.DeviceType;
import dozor.requests.LifecycleException;
import dozor.requests.Priority;
import dozor.requests.PrioritySource;
import dozor.requests.RegisterServiceRequest;
import dozor.requests.RequestAction;
import dozor.requests.RequestStatus;
import dozor.requests.ServiceRequestView;
import dozor.shared.Ids;

/**
 * The service request aggregate. State changes happen only through its transitions, each checking the
 * lifecycle and returning the new state with its event.
 */
public record ServiceRequest(UUID id, String number, UUID customerId, String customerName, String unp,
        String contactPhone, String contactEmail, String deviceModel, String serialNumber, String problemDescription,
        Category category, DeviceType deviceType, String region, Priority priority, PrioritySource prioritySource,
        String priorityReason, RequestStatus status, Instant statusChangedAt, Channel channel, String externalSource,
        String externalId, UUID duplicateOf, String duplicateState, Instant registeredAt, String registeredBy,
        int version) {

    public record Registered(ServiceRequest request, RequestRegistered event) {
    }

    public record Transitioned(ServiceRequest request, RequestStatusChanged event) {
    }

    public record Reprioritised(ServiceRequest request, RequestPriorityChanged event) {
    }

    /** A classified, numbered request for a resolved customer, NEW, with its registration event. */
    public static Registered register(RegisterServiceRequest command, String number, Resolution customer,
            Classification classification, UUID suspectedDuplicateOf, Instant receivedAt, String actor, Instant now) {
        var request = new ServiceRequest(Ids.newId(), number, customer.counterparty().id(),
                command.customerName().strip(), command.unp() == null ? null : command.unp().value(),
                command.contactPhone().e164(), blankToNull(command.contactEmail()), command.deviceModel().strip(),
                blankToNull(command.serialNumber()), command.problemDescription().strip(), classification.category(),
                classification.deviceType(), blankToNull(command.region()), classification.priority(),
                classification.prioritySource(), classification.priorityReason(), RequestStatus.NEW, receivedAt,
                command.channel(), command.external() == null ? null : command.external().source(),
                command.external() == null ? null : command.external().id(), suspectedDuplicateOf,
                suspectedDuplicateOf == null ? null : "SUSPECTED", receivedAt, actor, 0);
        var event = new RequestRegistered(Ids.newId(), now, RequestRegistered.CURRENT_VERSION, request.id(), number,
                request.customerName(), request.unp(), request.deviceModel(), request.priority().name(), receivedAt,
                customer.counterparty().id(), customer.counterparty().tier().name(), request.category().name(),
                request.deviceType().name(), request.channel().name(), suspectedDuplicateOf);
        return new Registered(request, event);
    }

    /** Takes a lifecycle action, refusing one the status or the caller's roles do not allow. */
    public Transitioned transition(RequestAction action, Set<String> roles, String actor, String reason, Instant now) {
        if (!action.allowedFor(roles)) {
            throw new LifecycleException(LifecycleException.Kind.ROLE_NOT_ALLOWED,
                    "Роль не позволяет действие " + action + "; нужно одно из " + action.roles());
        }
        if (!action.allowedFrom(status)) {
            throw new LifecycleException(LifecycleException.Kind.INVALID_TRANSITION,
                    "Из статуса " + status + " действие " + action + " невозможно; возможно из " + action.sources());
        }
        if (action.reasonRequired() && (reason == null || reason.isBlank())) {
            throw new LifecycleException(LifecycleException.Kind.REASON_REQUIRED, "Укажите причину");
        }
        ServiceRequest next = withStatus(action.target(), now);
        var event = new RequestStatusChanged(Ids.newId(), now, RequestStatusChanged.CURRENT_VERSION, id,
                status.name(), action.target().name(), action.name(), actor, blankToNull(reason));
        return new Transitioned(next, event);
    }

    /** Marks this request merged into another: it leaves the queue (CANCELLED) but keeps its history. */
    public Transitioned mergeInto(ServiceRequest target, String actor, Instant now) {
        if (target.id().equals(id) || target.status().isFinal() || "MERGED".equals(target.duplicateState())
                || status.isFinal()) {
            throw new LifecycleException(LifecycleException.Kind.INVALID_MERGE,
                    "Объединить можно только две разные открытые заявки");
        }
        ServiceRequest next = new ServiceRequest(id, number, customerId, customerName, unp, contactPhone, contactEmail,
                deviceModel, serialNumber, problemDescription, category, deviceType, region, priority,
                prioritySource, priorityReason, RequestStatus.CANCELLED, now, channel, externalSource, externalId,
                target.id(), "MERGED", registeredAt, registeredBy, version);
        var event = new RequestStatusChanged(Ids.newId(), now, RequestStatusChanged.CURRENT_VERSION, id,
                status.name(), RequestStatus.CANCELLED.name(), "MERGE", actor, "Объединена с заявкой " + target.number());
        return new Transitioned(next, event);
    }

    public ServiceRequest dismissDuplicate() {
        if (!"SUSPECTED".equals(duplicateState)) {
            throw new LifecycleException(LifecycleException.Kind.INVALID_MERGE, "Заявка не помечена как возможный дубль");
        }
        return new ServiceRequest(id, number, customerId, customerName, unp, contactPhone, contactEmail, deviceModel,
                serialNumber, problemDescription, category, deviceType, region, priority, prioritySource,
                priorityReason, status, statusChangedAt, channel, externalSource, externalId, duplicateOf, "DISMISSED",
                registeredAt, registeredBy, version);
    }

    /** A dispatcher's override of the priority; the reason is mandatory and kept. */
    public Reprioritised overridePriority(Priority newPriority, String reason, String actor, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new LifecycleException(LifecycleException.Kind.REASON_REQUIRED, "Укажите причину");
        }
        if (status.isFinal()) {
            throw new LifecycleException(LifecycleException.Kind.INVALID_TRANSITION,
                    "Приоритет закрытой заявки не меняется");
        }
        ServiceRequest next = new ServiceRequest(id, number, customerId, customerName, unp, contactPhone, contactEmail,
                deviceModel, serialNumber, problemDescription, category, deviceType, region, newPriority,
                PrioritySource.OVERRIDE, reason.strip(), status, statusChangedAt, channel, externalSource, externalId,
                duplicateOf, duplicateState, registeredAt, registeredBy, version);
        var event = new RequestPriorityChanged(Ids.newId(), now, RequestPriorityChanged.CURRENT_VERSION, id,
                priority.name(), newPriority.name(), actor, reason.strip());
        return new Reprioritised(next, event);
    }

    private ServiceRequest withStatus(RequestStatus newStatus, Instant now) {
        return new ServiceRequest(id, number, customerId, customerName, unp, contactPhone, contactEmail, deviceModel,
                serialNumber, problemDescription, category, deviceType, region, priority, prioritySource,
                priorityReason, newStatus, now, channel, externalSource, externalId, duplicateOf, duplicateState,
                registeredAt, registeredBy, version);
    }

    public ServiceRequestView toView() {
        return new ServiceRequestView(id, number, customerId, customerName, unp, contactPhone, contactEmail,
                deviceModel, serialNumber, problemDescription, category, deviceType, region, priority, prioritySource,
                priorityReason, status, statusChangedAt, channel, externalId, duplicateOf, duplicateState,
                registeredAt, registeredBy, version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
