package dozor.requests.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.requests.ServiceRequestManagement;
import dozor.requests.ServiceRequestNotFound;
import dozor.requests.ServiceRequestView;
import dozor.shared.PageResponse;
import dozor.sla.SlaLookup;
import dozor.sla.SlaStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Заявки", description = "Service requests")
class RequestsController {

    private final ServiceRequestManagement requests;

    private final SlaLookup sla;

    RequestsController(ServiceRequestManagement requests, SlaLookup sla) {
        this.requests = requests;
        this.sla = sla;
    }

    @PostMapping
    @Operation(summary = "Register a service request")
    ResponseEntity<RequestResponse> register(@Valid @RequestBody RegisterRequestBody body) {
        ServiceRequestView view = requests.register(body.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/requests/" + view.id()))
                .body(RequestResponse.of(view, SlaStatus.pending()));
    }

    @GetMapping
    @Operation(summary = "List service requests, newest first, with their live SLA state")
    PageResponse<RequestResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        PageResponse<ServiceRequestView> views = requests.list(page, size);
        Map<UUID, SlaStatus> clocks = sla.lookup(views.items().stream().map(ServiceRequestView::id).toList());
        return views.map(v -> RequestResponse.of(v, clocks.get(v.id())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One service request with its live SLA state")
    RequestResponse get(@PathVariable UUID id) {
        ServiceRequestView view = requests.find(id).orElseThrow(() -> new ServiceRequestNotFound(id));
        return RequestResponse.of(view, sla.lookup(id));
    }
}
