package dozor.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.api.security.CurrentUser;
import dozor.customers.Counterparties;
import dozor.customers.CustomerDetails;
import dozor.customers.Resolution;
import dozor.requests.internal.Classification;
import dozor.requests.internal.Classifier;
import dozor.requests.internal.PriorityRules;
import dozor.requests.internal.ServiceRequest;
import dozor.requests.internal.ServiceRequests;
import dozor.requests.internal.StatusIntervals;
import dozor.shared.PageResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The public API of the requests feature: registering, classifying, moving requests through their lifecycle and
 * reading them. Every change is one transaction holding the new state, its audit record and its event.
 */
@Service
public class ServiceRequestManagement {

    private final ServiceRequests requests;

    private final StatusIntervals intervals;

    private final PriorityRules priorityRules;

    private final Counterparties counterparties;

    private final Outbox outbox;

    private final AuditLog audit;

    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher listeners;

    private final Duration duplicateWindow;

    private final double duplicateSimilarity;

    private final Counter registered;

    private final Counter suspectedDuplicates;

    private final Counter merged;

    ServiceRequestManagement(ServiceRequests requests, StatusIntervals intervals, PriorityRules priorityRules,
            Counterparties counterparties, Outbox outbox, AuditLog audit, Clock clock, MeterRegistry meters,
            org.springframework.context.ApplicationEventPublisher listeners,
            @Value("${dozor.requests.duplicates.window:P3D}") Duration duplicateWindow,
            @Value("${dozor.requests.duplicates.similarity:0.5}") double duplicateSimilarity) {
        this.requests = requests;
        this.intervals = intervals;
        this.priorityRules = priorityRules;
        this.counterparties = counterparties;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.listeners = listeners;
        this.duplicateWindow = duplicateWindow;
        this.duplicateSimilarity = duplicateSimilarity;
        this.registered = Counter.builder("dozor.requests.registered").register(meters);
        this.suspectedDuplicates = Counter.builder("dozor.requests.duplicates.suspected")
                .description("Registrations flagged as a probable duplicate of an open request").register(meters);
        this.merged = Counter.builder("dozor.requests.duplicates.merged").register(meters);
    }

    @Transactional
    public ServiceRequestView register(RegisterServiceRequest command) {
        return registerOnce(command, clock.instant()).request();
    }

    @Transactional
    public ServiceRequestView register(RegisterServiceRequest command, Instant receivedAt) {
        return registerOnce(command, receivedAt).request();
    }

    /**
     * Registers a request received at {@code receivedAt} (now for live intake, earlier for migrated history and
     * demo data; SLA clocks start from that moment). With an external reference already registered, nothing is
     * written and the existing request is returned ({@code created == false}).
     */
    @Transactional
    public Registration registerOnce(RegisterServiceRequest command, Instant receivedAt) {
        if (command.external() != null) {
            Optional<ServiceRequest> existing = requests.findByExternal(command.external().source(),
                    command.external().id());
            if (existing.isPresent()) {
                return new Registration(existing.get().toView(), false);
            }
        }
        Resolution customer = counterparties.resolve(new CustomerDetails(command.customerName(), command.unp(),
                command.contactPhone(), command.contactEmail()));
        Classification classification = Classifier.classify(command, customer.counterparty().tier(),
                priorityRules.all());
        UUID duplicate = requests.probableDuplicate(customer.counterparty().id(), blank(command.serialNumber()),
                command.problemDescription(), receivedAt, duplicateWindow, duplicateSimilarity).orElse(null);
        String number = requests.nextNumber(receivedAt);
        var registration = ServiceRequest.register(command, number, customer, classification, duplicate, receivedAt,
                AuditLog.currentActor(), clock.instant());
        requests.insert(registration.request());
        intervals.enter(registration.request().id(), RequestStatus.NEW, receivedAt, AuditLog.currentActor(),
                "REGISTER", null);
        ServiceRequestView view = registration.request().toView();
        audit.record("REGISTERED", "ServiceRequest", view.id().toString(), null, view);
        outbox.append(registration.event());
        listeners.publishEvent(new ServiceRequestChanged(view.id()));
        registered.increment();
        if (duplicate != null) {
            suspectedDuplicates.increment();
        }
        return new Registration(view, true);
    }

    /** Takes a lifecycle action as the current user. */
    @Transactional
    public ServiceRequestView transition(UUID id, RequestAction action, String reason) {
        ServiceRequest before = requests.lock(id).orElseThrow(() -> new ServiceRequestNotFound(id));
        var result = before.transition(action, CurrentUser.roles(), AuditLog.currentActor(), reason, clock.instant());
        save(before, result.request(), "STATUS_CHANGED");
        intervals.enter(id, result.request().status(), result.event().occurredAt(), AuditLog.currentActor(),
                action.name(), result.event().reason());
        outbox.append(result.event());
        return result.request().toView();
    }

    /**
     * A transition the platform takes on its own because work finished (the first task started, the repair is
     * done, the device shipped). No role check; nothing happens when the request has moved on meanwhile.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Optional<ServiceRequestView> advance(UUID id, RequestAction action, String actor, String reason) {
        ServiceRequest before = requests.lock(id).orElseThrow(() -> new ServiceRequestNotFound(id));
        if (!action.allowedFrom(before.status())) {
            return Optional.empty();
        }
        var result = before.transition(action, java.util.Set.of("ADMIN"), actor, reason, clock.instant());
        save(before, result.request(), "STATUS_CHANGED");
        intervals.enter(id, result.request().status(), result.event().occurredAt(), actor, action.name(), reason);
        outbox.append(result.event());
        return Optional.of(result.request().toView());
    }

    @Transactional
    public ServiceRequestView overridePriority(UUID id, Priority priority, String reason) {
        ServiceRequest before = requests.lock(id).orElseThrow(() -> new ServiceRequestNotFound(id));
        var result = before.overridePriority(priority, reason, AuditLog.currentActor(), clock.instant());
        save(before, result.request(), "PRIORITY_CHANGED");
        outbox.append(result.event());
        return result.request().toView();
    }

    /** Merges a duplicate into the request it repeats; both keep their histories. */
    @Transactional
    public ServiceRequestView merge(UUID duplicateId, UUID intoId) {
        ServiceRequest target = requests.lock(intoId).orElseThrow(() -> new ServiceRequestNotFound(intoId));
        ServiceRequest before = requests.lock(duplicateId).orElseThrow(() -> new ServiceRequestNotFound(duplicateId));
        var result = before.mergeInto(target, AuditLog.currentActor(), clock.instant());
        save(before, result.request(), "MERGED");
        intervals.enter(duplicateId, RequestStatus.CANCELLED, result.event().occurredAt(), AuditLog.currentActor(),
                "MERGE", result.event().reason());
        audit.record("DUPLICATE_MERGED_IN", "ServiceRequest", intoId.toString(), null,
                java.util.Map.of("duplicate", before.number()));
        outbox.append(result.event());
        outbox.append(new dozor.events.requests.RequestMerged(dozor.shared.Ids.newId(), clock.instant(),
                dozor.events.requests.RequestMerged.CURRENT_VERSION, duplicateId, intoId, AuditLog.currentActor()));
        merged.increment();
        return result.request().toView();
    }

    @Transactional
    public ServiceRequestView dismissDuplicate(UUID id) {
        ServiceRequest before = requests.lock(id).orElseThrow(() -> new ServiceRequestNotFound(id));
        ServiceRequest after = before.dismissDuplicate();
        save(before, after, "DUPLICATE_DISMISSED");
        return after.toView();
    }

    private void save(ServiceRequest before, ServiceRequest after, String action) {
        if (!requests.update(after)) {
            throw new LifecycleException(LifecycleException.Kind.CONCURRENT_CHANGE,
                    "Заявку изменили одновременно с вами; обновите её и повторите");
        }
        audit.record(action, "ServiceRequest", after.id().toString(), before.toView(), after.toView());
        listeners.publishEvent(new ServiceRequestChanged(after.id()));
    }

    @Transactional(readOnly = true)
    public Optional<ServiceRequestView> find(UUID id) {
        return requests.findById(id).map(ServiceRequest::toView);
    }

    @Transactional(readOnly = true)
    public Optional<ServiceRequestView> findByExternal(ExternalReference reference) {
        return requests.findByExternal(reference.source(), reference.id()).map(ServiceRequest::toView);
    }

    @Transactional(readOnly = true)
    public List<StatusInterval> intervals(UUID id) {
        requests.findById(id).orElseThrow(() -> new ServiceRequestNotFound(id));
        return intervals.of(id);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public PageResponse<ServiceRequestView> list(int page, int size) {
        return PageResponse.of(requests.page(page, size).stream().map(ServiceRequest::toView).toList(), page, size,
                requests.count());
    }

    @Transactional(readOnly = true)
    public List<PriorityRule> priorityRules() {
        return priorityRules.all();
    }

    @Transactional
    public List<PriorityRule> replacePriorityRules(List<PriorityRule> rules) {
        List<PriorityRule> before = priorityRules.all();
        priorityRules.replaceAll(rules);
        List<PriorityRule> after = priorityRules.all();
        audit.record("PRIORITY_RULES_REPLACED", "PriorityRules", "all", before, after);
        return after;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
