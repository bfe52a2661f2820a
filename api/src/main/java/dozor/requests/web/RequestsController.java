package dozor.requests.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dozor.requests.Channel;
import dozor.requests.Priority;
import dozor.requests.RequestAction;
import dozor.requests.ServiceRequestManagement;
import dozor.requests.ServiceRequestNotFound;
import dozor.requests.ServiceRequestView;
import dozor.requests.StatusInterval;
import dozor.sla.SlaLookup;
import dozor.sla.SlaStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Заявки", description = "Service requests")
class RequestsController {

    private final ServiceRequestManagement requests;

    private final SlaLookup sla;

    private final dozor.requests.internal.DuplicateStatistics duplicates;

    RequestsController(ServiceRequestManagement requests, SlaLookup sla,
            dozor.requests.internal.DuplicateStatistics duplicates) {
        this.requests = requests;
        this.sla = sla;
        this.duplicates = duplicates;
    }

    @GetMapping("/duplicate-stats")
    @Operation(summary = "The duplicate rate of the requests registered in the last days (goal: under 2 %)")
    dozor.requests.DuplicateRate duplicateStats(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "30")
            @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(366) int days) {
        return duplicates.rate(days);
    }

    @PostMapping
    @Operation(summary = "Register a service request")
    ResponseEntity<RequestResponse> register(@Valid @RequestBody RegisterRequestBody body,
            @RequestHeader(name = "X-Requested-With", required = false) String requestedWith) {
        // The web UI marks its calls; everything else is a script or an integration using the API.
        Channel channel = requestedWith == null ? Channel.API : Channel.WEB;
        ServiceRequestView view = requests.register(body.toCommand(channel));
        return ResponseEntity.created(URI.create("/api/v1/requests/" + view.id()))
                .body(RequestResponse.of(view, SlaStatus.pending()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One service request with its live SLA state")
    RequestResponse get(@PathVariable UUID id) {
        ServiceRequestView view = requests.find(id).orElseThrow(() -> new ServiceRequestNotFound(id));
        return RequestResponse.of(view, sla.lookup(id));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Take a lifecycle action (TRIAGE, START, AWAIT_PARTS, AWAIT_CUSTOMER, RESUME, MARK_READY, "
            + "SHIP, CLOSE, CANCEL, REOPEN)")
    RequestResponse transition(@PathVariable UUID id, @Valid @RequestBody TransitionBody body) {
        return RequestResponse.of(requests.transition(id, body.action(), body.reason()), sla.lookup(id));
    }

    @PostMapping("/{id}/priority")
    @Operation(summary = "Override the priority, with a reason")
    RequestResponse priority(@PathVariable UUID id, @Valid @RequestBody PriorityBody body) {
        return RequestResponse.of(requests.overridePriority(id, body.priority(), body.reason()), sla.lookup(id));
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge this request (a duplicate) into another one")
    RequestResponse merge(@PathVariable UUID id, @Valid @RequestBody MergeBody body) {
        return RequestResponse.of(requests.merge(id, body.intoRequestId()), sla.lookup(id));
    }

    @PostMapping("/{id}/dismiss-duplicate")
    @Operation(summary = "Keep a request flagged as a probable duplicate as a request of its own")
    RequestResponse dismissDuplicate(@PathVariable UUID id) {
        return RequestResponse.of(requests.dismissDuplicate(id), sla.lookup(id));
    }

    @GetMapping("/{id}/intervals")
    @Operation(summary = "The time the request spent in each status")
    List<StatusInterval> intervals(@PathVariable UUID id) {
        return requests.intervals(id);
    }

    record TransitionBody(@NotNull RequestAction action, @Size(max = 1000) String reason) {
    }

    record PriorityBody(@NotNull Priority priority, @NotBlank @Size(max = 1000) String reason) {
    }

    record MergeBody(@NotNull UUID intoRequestId) {
    }
}
