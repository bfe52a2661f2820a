package dozor.batch;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.batch.autoconfigure.BatchTaskExecutor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * Schemas and threads of the batch app. Two Flyway histories: the warehouse ({@code dw}, {@code mart}; SQL from
 * the warehouse-sql module) and Spring Batch's own metadata ({@code batch}). Spring Batch's job repository waits
 * for both (Boot orders it after every {@link FlywayMigrationInitializer}).
 */
@Configuration(proxyBeanMethods = false)
class BatchInfrastructure {

    @Bean
    Flyway warehouseFlyway(DataSource dataSource, @Value("${dozor.warehouse.analyst-role:dozor_analyst}") String role) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/warehouse")
                .schemas("dw", "mart").defaultSchema("dw").table("flyway_history")
                .placeholders(Map.of("analystRole", role)).load();
    }

    @Bean
    FlywayMigrationInitializer warehouseMigrations(Flyway warehouseFlyway) {
        return new FlywayMigrationInitializer(warehouseFlyway);
    }

    @Bean
    Flyway batchMetadataFlyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/batch").schemas("batch")
                .defaultSchema("batch").table("flyway_history").load();
    }

    @Bean
    FlywayMigrationInitializer batchMetadataMigrations(Flyway batchMetadataFlyway) {
        return new FlywayMigrationInitializer(batchMetadataFlyway);
    }

    /** Jobs launched over HTTP run on their own threads, so the caller gets 202 and an execution id at once. */
    @Bean
    @BatchTaskExecutor
    TaskExecutor batchTaskExecutor() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("batch-");
        executor.setConcurrencyLimit(4);
        return executor;
    }
}
