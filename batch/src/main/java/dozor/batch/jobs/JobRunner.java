package dozor.batch.jobs;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Starts jobs (one execution per job at a time) and reports on them. A job whose last execution failed or was
 * stopped is restarted, so it continues from its last committed chunk instead of starting over.
 */
@Service
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, Job> jobs;

    private final JobOperator operator;

    private final JobRepository repository;

    JobRunner(List<Job> jobs, JobOperator operator, JobRepository repository) {
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.operator = operator;
        this.repository = repository;
    }

    public sealed interface StartResult {
    }

    public record Started(JobExecutionView execution) implements StartResult {
    }

    public record AlreadyRunning(long executionId) implements StartResult {
    }

    public record UnknownJob(Set<String> known) implements StartResult {
    }

    public synchronized StartResult start(String jobName, String startedBy) {
        return start(jobName, startedBy, Map.of());
    }

    /** Starts a job with identifying parameters (e.g. {@code from}, {@code to} of sla-recompute). */
    public synchronized StartResult start(String jobName, String startedBy, Map<String, String> parameters) {
        Job job = jobs.get(jobName);
        if (job == null) {
            return new UnknownJob(jobs.keySet());
        }
        Set<JobExecution> running = repository.findRunningJobExecutions(jobName);
        if (!running.isEmpty()) {
            return new AlreadyRunning(running.iterator().next().getId());
        }
        try {
            JobExecution execution;
            Optional<JobExecution> unfinished = lastExecution(jobName)
                    .filter(e -> e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED);
            if (unfinished.isPresent()) {
                log.info("Restarting {} execution {} ({})", jobName, unfinished.get().getId(),
                        unfinished.get().getStatus());
                execution = operator.restart(unfinished.get());
            }
            else {
                JobParametersBuilder builder = new JobParametersBuilder()
                        .addLong("run.at", System.currentTimeMillis())
                        .addString("startedBy", startedBy == null ? "system" : startedBy, false);
                parameters.forEach(builder::addString);
                execution = operator.start(job, builder.toJobParameters());
            }
            return new Started(JobExecutionView.of(execution));
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not start " + jobName, ex);
        }
    }

    private Optional<JobExecution> lastExecution(String jobName) {
        JobInstance instance = repository.getLastJobInstance(jobName);
        return instance == null ? Optional.empty() : Optional.ofNullable(repository.getLastJobExecution(instance));
    }

    public Optional<JobExecutionView> execution(long executionId) {
        try {
            return Optional.ofNullable(repository.getJobExecution(executionId)).map(JobExecutionView::of);
        }
        catch (org.springframework.dao.EmptyResultDataAccessException ex) {
            return Optional.empty();
        }
    }

    /** The newest executions of every job, newest first. */
    public List<JobExecutionView> recent(int limit) {
        return jobs.keySet().stream()
                .flatMap(name -> repository.getJobInstances(name, 0, limit).stream())
                .flatMap(instance -> repository.getJobExecutions(instance).stream())
                .sorted(Comparator.comparing(JobExecution::getId).reversed())
                .limit(limit)
                .map(JobExecutionView::of)
                .toList();
    }
}
