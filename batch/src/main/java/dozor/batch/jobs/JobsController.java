package dozor.batch.jobs;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Internal job endpoints; the api forwards {@code /api/v1/jobs} here after checking the caller's role. */
@RestController
@RequestMapping("/internal/v1/jobs")
class JobsController {

    private final JobRunner runner;

    JobsController(JobRunner runner) {
        this.runner = runner;
    }

    @PostMapping("/{jobName}")
    ResponseEntity<?> start(@PathVariable String jobName, @RequestParam(required = false) String startedBy,
            @RequestParam(required = false) java.time.LocalDate from,
            @RequestParam(required = false) java.time.LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Начало периода (" + from + ") позже его конца (" + to + ").");
            problem.setTitle("Неверный период");
            return ResponseEntity.badRequest().body(problem);
        }
        java.util.Map<String, String> parameters = new java.util.TreeMap<>();
        if (from != null) {
            parameters.put("from", from.toString());
        }
        if (to != null) {
            parameters.put("to", to.toString());
        }
        JobRunner.StartResult result = runner.start(jobName, startedBy, parameters);
        if (result instanceof JobRunner.Started started) {
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/jobs/" + started.execution().executionId()))
                    .body(started.execution());
        }
        if (result instanceof JobRunner.AlreadyRunning running) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Задание " + jobName + " уже выполняется (запуск " + running.executionId() + ").");
            problem.setTitle("Задание уже выполняется");
            problem.setProperty("runningExecutionId", running.executionId());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        JobRunner.UnknownJob unknown = (JobRunner.UnknownJob) result;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Нет задания " + jobName + "; есть: " + unknown.known());
        problem.setTitle("Не найдено");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @GetMapping("/{executionId}")
    ResponseEntity<?> execution(@PathVariable long executionId) {
        return runner.execution(executionId).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Запуск " + executionId + " не найден.");
            problem.setTitle("Не найдено");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        });
    }

    @GetMapping
    List<JobExecutionView> recent(@RequestParam(defaultValue = "20") int limit) {
        return runner.recent(Math.max(1, Math.min(limit, 200)));
    }
}
