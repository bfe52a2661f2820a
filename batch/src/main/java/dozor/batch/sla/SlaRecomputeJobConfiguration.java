package dozor.batch.sla;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Job {@value #JOB}: recompute the SLA clocks of the requests registered between job parameters {@code from} and
 * {@code to} (Minsk dates; default: the last 30 days) from the event log, with the SLA settings published last.
 * See README.md beside this class.
 */
@Configuration(proxyBeanMethods = false)
public class SlaRecomputeJobConfiguration {

    public static final String JOB = "sla-recompute";

    @Bean
    Job slaRecomputeJob(JobRepository jobRepository, Step recomputeClocks) {
        return new JobBuilder(JOB, jobRepository).start(recomputeClocks).build();
    }

    @Bean
    Step recomputeClocks(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SlaRecomputeTasklet slaRecomputeTasklet) {
        return new StepBuilder("recomputeClocks", jobRepository).tasklet(slaRecomputeTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    SlaRecomputeTasklet slaRecomputeTasklet(JdbcClient jdbc, @Value("#{jobParameters['from']}") String from,
            @Value("#{jobParameters['to']}") String to) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Minsk"));
        return new SlaRecomputeTasklet(jdbc, Clock.systemUTC(), from == null ? today.minusDays(30) : LocalDate.parse(from),
                to == null ? today : LocalDate.parse(to), 200);
    }
}
