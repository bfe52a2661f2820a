package dozor.api.jobs;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import dozor.api.audit.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

/**
 * Batch jobs, run by the batch service. The api is the one public door: it checks the caller's role and
 * passes the call to the batch service's internal endpoint, answers unchanged.
 */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Batch jobs (dw-refresh, ...)")
class JobsController {

    private final RestClient batch;

    private final boolean configured;

    JobsController(RestClient.Builder builder, @Value("${dozor.batch.url:}") String batchUrl,
            @Value("${dozor.internal.token:}") String token) {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(1));
        factory.setReadTimeout(Duration.ofSeconds(30));
        this.configured = !batchUrl.isBlank();
        this.batch = builder.clone().baseUrl(configured ? batchUrl : "http://unconfigured.invalid")
                .requestFactory(factory).defaultHeader("X-Dozor-Internal-Token", token).build();
    }

    @PostMapping("/{jobName}")
    @Operation(summary = "Start a job; 202 with the execution id")
    ResponseEntity<byte[]> start(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,50}") String jobName,
            @RequestParam(required = false) java.time.LocalDate from,
            @RequestParam(required = false) java.time.LocalDate to) {
        return forward(HttpMethod.POST, "/internal/v1/jobs/{name}?startedBy={user}&from={from}&to={to}", jobName,
                AuditLog.currentActor(), from == null ? "" : from.toString(), to == null ? "" : to.toString());
    }

    @GetMapping("/{executionId}")
    @Operation(summary = "Status and progress of one execution")
    ResponseEntity<byte[]> execution(@PathVariable long executionId) {
        return forward(HttpMethod.GET, "/internal/v1/jobs/{id}", executionId);
    }

    @GetMapping
    @Operation(summary = "Recent executions, newest first")
    ResponseEntity<byte[]> recent(@RequestParam(defaultValue = "20") @jakarta.validation.constraints.Max(200)
            @jakarta.validation.constraints.Min(1) int limit) {
        return forward(HttpMethod.GET, "/internal/v1/jobs?limit={limit}", limit);
    }

    private ResponseEntity<byte[]> forward(HttpMethod method, String uri, Object... vars) {
        if (!configured) {
            return unavailable();
        }
        try {
            return batch.method(method).uri(uri, vars).accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                            .contentType(response.getHeaders().getContentType() == null ? MediaType.APPLICATION_JSON
                                    : response.getHeaders().getContentType())
                            .body(response.getBody().readAllBytes()));
        }
        catch (org.springframework.web.client.ResourceAccessException ex) {
            return unavailable();
        }
    }

    private static ResponseEntity<byte[]> unavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The batch service is not reachable; try again later.");
        problem.setTitle("Batch service unavailable");
        String json = "{\"type\":\"about:blank\",\"title\":\"" + problem.getTitle() + "\",\"status\":503,\"detail\":\""
                + problem.getDetail() + "\"}";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
