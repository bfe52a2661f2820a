package dozor.api.outbox.internal;


import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import dozor.api.outbox.OutboxSignal;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxRelayProperties.class)
class OutboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OutboxConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = "dozor.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(DataSource dataSource, OutboxRelayProperties properties, OutboxSignal signal,
            MeterRegistry meters) {
        return new OutboxRelay(dataSource, properties, signal, meters);
    }

    @Bean
    OutboxHousekeeping outboxHousekeeping(JdbcClient jdbc, OutboxRelayProperties properties, MeterRegistry meters) {
        return new OutboxHousekeeping(jdbc, properties, meters);
    }

    static class OutboxHousekeeping {

        private final JdbcClient jdbc;

        private final OutboxRelayProperties properties;

        OutboxHousekeeping(JdbcClient jdbc, OutboxRelayProperties properties, MeterRegistry meters) {
            this.jdbc = jdbc;
            this.properties = properties;
            Gauge.builder("dozor.outbox.pending", this, OutboxHousekeeping::pending)
                    .description("Committed events not yet acknowledged by Kafka").register(meters);
        }

        double pending() {
            try {
                return jdbc.sql("SELECT count(*) FROM ops.outbox WHERE published_at IS NULL").query(Long.class)
                        .single();
            }
            catch (RuntimeException ex) {
                return Double.NaN;
            }
        }

        @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
        void deletePublished() {
            int deleted = jdbc.sql("""
                    DELETE FROM ops.outbox
                     WHERE published_at IS NOT NULL AND published_at < now() - CAST(:keep AS interval)
                    """).param("keep", properties.retention().toSeconds() + " seconds").update();
            if (deleted > 0) {
                log.info("Deleted {} published outbox rows older than {}", deleted, properties.retention());
            }
        }
    }
}
