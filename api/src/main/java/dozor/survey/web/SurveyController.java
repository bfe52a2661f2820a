package dozor.survey.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.requests.ServiceRequestManagement;
import dozor.requests.ServiceRequestNotFound;
import dozor.survey.Satisfaction;
import dozor.survey.SurveyView;
import dozor.survey.Surveys;
import dozor.survey.internal.SurveyStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Опрос", description = "Customer satisfaction survey")
class SurveyController {

    private final Surveys surveys;

    private final ServiceRequestManagement requests;

    private final SurveyStatistics statistics;

    SurveyController(Surveys surveys, ServiceRequestManagement requests, SurveyStatistics statistics) {
        this.surveys = surveys;
        this.requests = requests;
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/surveys/stats")
    @Operation(summary = "CSAT and NPS of the surveys offered in the last days (goal: 70 and more)")
    Satisfaction stats(@RequestParam(defaultValue = "30") @Min(1) @Max(366) int days) {
        return statistics.over(days);
    }

    @GetMapping("/api/v1/requests/{id}/survey")
    @Operation(summary = "The request's survey: offered, answered, the answers")
    ResponseEntity<SurveyView> ofRequest(@PathVariable UUID id) {
        requests.find(id).orElseThrow(() -> new ServiceRequestNotFound(id));
        return surveys.ofRequest(id).map(ResponseEntity::ok).orElse(ResponseEntity.noContent().build());
    }

    @PostMapping("/api/v1/requests/{id}/survey/link")
    @Operation(summary = "Issue a new one-time survey link (the old one stops working)")
    Map<String, String> link(@PathVariable UUID id) {
        requests.find(id).orElseThrow(() -> new ServiceRequestNotFound(id));
        return Map.of("url", surveys.offer(id));
    }

    /** What the public page needs to show: the request's number and device, nothing personal. */
    @GetMapping("/api/public/v1/surveys/{token}")
    Map<String, Object> open(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{20,64}") String token) {
        SurveyView survey = surveys.open(token);
        var request = requests.find(survey.requestId()).orElseThrow();
        return Map.of("requestNumber", request.number(), "deviceModel", request.deviceModel());
    }

    @PostMapping("/api/public/v1/surveys/{token}")
    Map<String, Object> answer(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{20,64}") String token,
            @Valid @RequestBody AnswerBody body) {
        SurveyView answered = surveys.answer(token, body.csat(), body.nps(), body.comment());
        return Map.of("answeredAt", answered.answeredAt());
    }

    record AnswerBody(@NotNull @Min(1) @Max(5) Integer csat, @NotNull @Min(0) @Max(10) Integer nps,
            @Size(max = 2000) String comment) {
    }
}
