package dozor.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The operational application. It scans every {@code dozor} feature package except those of the other
 * deployables (streams, batch, the local runner), which can share its class path in the all-in-one mode.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
        "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
@ComponentScan(basePackages = "dozor", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = { "dozor\\.streams\\..*", "dozor\\.batch\\..*",
                "dozor\\.local\\..*", "dozor\\.bench\\..*", "dozor\\.embedded\\..*" }) })
@EnableScheduling
public class ApiApplication {

    /** The Spring configuration name: the api reads {@code api.yml}, so it can share a class path. */
    public static final String CONFIG_NAME = "api";

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(ApiApplication.class);
        app.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME));
        app.run(args);
    }
}
