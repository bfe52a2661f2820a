package dozor.work.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.api.audit.AuditLog;
import dozor.work.Department;
import dozor.work.RoutingRule;
import dozor.work.TaskKind;
import dozor.work.TaskNotFound;
import dozor.work.WorkManagement;
import dozor.work.WorkTaskView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Задачи", description = "Department tasks")
class TasksController {

    private final WorkManagement work;

    TasksController(WorkManagement work) {
        this.work = work;
    }

    @GetMapping("/api/v1/tasks")
    @Operation(summary = "A department's queue, or one person's tasks (assignee=me for the caller's own)")
    List<WorkTaskView> queue(@RequestParam(required = false) Department department,
            @RequestParam(required = false) @Size(max = 40) String assignee,
            @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        String who = "me".equals(assignee) ? AuditLog.currentActor() : assignee;
        return work.queue(department, who, open, limit);
    }

    @GetMapping("/api/v1/tasks/load")
    @Operation(summary = "Open tasks per person of a department")
    Map<String, Integer> load(@RequestParam Department department) {
        return work.load(department);
    }

    @GetMapping("/api/v1/tasks/{id}")
    WorkTaskView one(@PathVariable UUID id) {
        return work.task(id).orElseThrow(() -> new TaskNotFound(id));
    }

    @GetMapping("/api/v1/requests/{id}/tasks")
    @Operation(summary = "The tasks of a request")
    List<WorkTaskView> ofRequest(@PathVariable UUID id) {
        return work.tasksOf(id);
    }

    @PostMapping("/api/v1/tasks/{id}/start")
    WorkTaskView start(@PathVariable UUID id) {
        return work.start(id);
    }

    @PostMapping("/api/v1/tasks/{id}/complete")
    WorkTaskView complete(@PathVariable UUID id, @Valid @RequestBody(required = false) CompleteBody body) {
        return work.complete(id, body == null ? null : body.note());
    }

    @PostMapping("/api/v1/tasks/{id}/parts")
    @Operation(summary = "Parts are needed for this task: create a warehouse reservation or a purchase it waits on; "
            + "the request awaits parts (SLA paused) until that task is done")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    WorkTaskView requestParts(@PathVariable UUID id, @Valid @RequestBody PartsBody body) {
        return work.requestParts(id, TaskKind.valueOf(body.kind()), body.note());
    }

    @PostMapping("/api/v1/tasks/{id}/assign")
    WorkTaskView assign(@PathVariable UUID id, @Valid @RequestBody AssignBody body) {
        return work.assign(id, body.assignee());
    }

    @GetMapping("/api/v1/settings/routing-rules")
    List<RoutingRule> routingRules() {
        return work.routingRules();
    }

    @PutMapping("/api/v1/settings/routing-rules")
    List<RoutingRule> replaceRoutingRules(@RequestBody @Valid @Size(max = 200) List<@Valid RuleBody> rules) {
        return work.replaceRoutingRules(rules.stream().map(r -> new RoutingRule(r.id(), r.position(), r.category(),
                r.deviceType(), r.region(), r.tier(), r.plan().stream()
                        .map(t -> new RoutingRule.PlannedTask(t.kind(), t.after())).toList(), r.description(),
                r.active() == null || r.active())).toList());
    }

    record CompleteBody(@Size(max = 2000) String note) {
    }

    record PartsBody(@NotNull @Pattern(regexp = "RESERVE_PARTS|ISSUE_PARTS|PURCHASE_PARTS") String kind,
            @Size(max = 2000) String note) {
    }

    record AssignBody(@Pattern(regexp = "[a-z][a-z0-9._-]{2,39}") String assignee) {
    }

    record RuleBody(UUID id, @NotNull Integer position,
            @Pattern(regexp = "WARRANTY_REPAIR|PAID_REPAIR|INSTALLATION|REPLACEMENT|CONSULTATION|EQUIPMENT_ORDER")
            String category,
            @Pattern(regexp = "VEHICLE_DVR|CCTV_NVR|CCTV_DVR|CAMERA|STORAGE|OTHER") String deviceType,
            @Size(max = 100) String region, @Pattern(regexp = "STANDARD|SILVER|GOLD|PLATINUM") String tier,
            @NotEmpty List<@Valid PlanStep> plan, @NotBlank @Size(max = 300) String description, Boolean active) {
    }

    record PlanStep(@NotNull TaskKind kind, TaskKind after) {
    }
}
