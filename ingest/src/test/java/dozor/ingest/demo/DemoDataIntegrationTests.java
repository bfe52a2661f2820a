package dozor.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dozor.testing.ApiIntegrationTest;

@TestPropertySource(properties = "dozor.demo.enabled=true")
class DemoDataIntegrationTests extends ApiIntegrationTest {

    @Autowired
    DemoData demo;

    @Test
    void loadsAMonthOfRequestsOnceWithTheirEventsAndValidData() throws Exception {
        long requests = count("ops.service_request");
        assertThat(requests).as("loaded at start").isGreaterThan(30);
        assertThat(count("ops.outbox")).isGreaterThanOrEqualTo(requests);
        assertThat(jdbc.sql("SELECT count(DISTINCT registered_at::date) FROM ops.service_request").query(Long.class)
                .single()).isGreaterThan(15);
        assertThat(jdbc.sql("SELECT count(DISTINCT priority) FROM ops.service_request").query(Long.class).single())
                .isEqualTo(4);

        demo.run(null);
        assertThat(count("ops.service_request")).as("a second start loads nothing").isEqualTo(requests);
    }
}
