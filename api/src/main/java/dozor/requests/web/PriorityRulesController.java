package dozor.requests.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dozor.requests.Priority;
import dozor.requests.PriorityRule;
import dozor.requests.ServiceRequestManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The priority rules, edited by administrators as one table. */
@RestController
@RequestMapping("/api/v1/settings/priority-rules")
@Tag(name = "Настройки")
class PriorityRulesController {

    private final ServiceRequestManagement requests;

    PriorityRulesController(ServiceRequestManagement requests) {
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "The priority rules")
    List<PriorityRule> list() {
        return requests.priorityRules();
    }

    @PutMapping
    @Operation(summary = "Replace the priority rules")
    List<PriorityRule> replace(@RequestBody @Valid @Size(max = 500) List<@Valid RuleBody> rules) {
        return requests.replacePriorityRules(rules.stream().map(r -> new PriorityRule(r.id(), r.kind(), r.match(),
                r.priority(), r.description(), r.active() == null || r.active())).toList());
    }

    record RuleBody(UUID id, @NotNull @Pattern(regexp = "TIER|CATEGORY|DEVICE_TYPE|KEYWORD") String kind,
            @NotBlank @Size(max = 500) String match, @NotNull Priority priority,
            @NotBlank @Size(max = 300) String description, Boolean active) {
    }
}
