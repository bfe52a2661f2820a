package dozor.batch.dw;

import java.time.Duration;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import dozor.events.Topics;

/**
 * Job {@value #JOB}: land new events from Kafka into {@code dw.stg_event}, then apply them to the dimensions and
 * facts of the star schema. See README.md beside this class for the step graph.
 */
@Configuration(proxyBeanMethods = false)
public class DwRefreshJobConfiguration {

    public static final String JOB = "dw-refresh";

    @Bean
    Job dwRefreshJob(JobRepository jobRepository, Step landEvents, Step applyToStarSchema) {
        return new JobBuilder(JOB, jobRepository).start(landEvents).next(applyToStarSchema).build();
    }

    @Bean
    Step landEvents(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            KafkaEventReader kafkaEventReader, JdbcTemplate jdbc,
            @Value("${dozor.batch.dw-refresh.chunk-size:500}") int chunkSize) {
        return new StepBuilder("landEvents", jobRepository).<LandedEvent, LandedEvent>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(kafkaEventReader)
                .writer(new StagingWriter(jdbc))
                .build();
    }

    @Bean
    @StepScope
    KafkaEventReader kafkaEventReader(@Value("${dozor.kafka.bootstrap-servers}") String bootstrapServers,
            JdbcClient jdbc, @Value("${dozor.batch.dw-refresh.stall-timeout:PT30S}") Duration stallTimeout) {
        return new KafkaEventReader(bootstrapServers, List.of(Topics.REQUESTS, Topics.WORK, Topics.SLA, Topics.REFERENCE,
                Topics.STOCK), jdbc, stallTimeout);
    }

    @Bean
    Step applyToStarSchema(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StarSchemaTasklet starSchemaTasklet) {
        return new StepBuilder("applyToStarSchema", jobRepository).tasklet(starSchemaTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    StarSchemaTasklet starSchemaTasklet(JdbcClient jdbc,
            @Value("${dozor.batch.dw-refresh.apply-batch-size:5000}") int batchSize) {
        return new StarSchemaTasklet(jdbc, batchSize);
    }
}
