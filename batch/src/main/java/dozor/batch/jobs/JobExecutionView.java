package dozor.batch.jobs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** A job execution as the REST API shows it: status, timing and per-step progress. */
public record JobExecutionView(long executionId, long jobInstanceId, String jobName, String status, String exitCode, String startedBy,
        Instant createdAt, Instant startedAt, Instant endedAt, List<StepView> steps) {

    public record StepView(String name, String status, long readCount, long writeCount, long filterCount,
            long commitCount, long rollbackCount) {
    }

    static JobExecutionView of(JobExecution e) {
        List<StepView> steps = e.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .map(s -> new StepView(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
                        s.getFilterCount(), s.getCommitCount(), s.getRollbackCount()))
                .toList();
        String startedBy = e.getJobParameters().getString("startedBy");
        return new JobExecutionView(e.getId(), e.getJobInstanceId(), e.getJobInstance().getJobName(), e.getStatus().name(),
                e.getExitStatus().getExitCode(), startedBy, instant(e.getCreateTime()), instant(e.getStartTime()),
                instant(e.getEndTime()), steps);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(ZoneId.systemDefault()).toInstant();
    }
}
