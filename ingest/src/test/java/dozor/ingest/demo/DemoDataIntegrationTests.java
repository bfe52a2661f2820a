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

        // lived through at the times things would have happened: old requests closed and rated, new ones waiting
        var byStatus = jdbc.sql("SELECT status, count(*) FROM ops.service_request GROUP BY status").query()
                .listOfRows();
        assertThat(byStatus).extracting(r -> r.get("status")).contains("NEW", "CLOSED");
        assertThat(byStatus).extracting(r -> r.get("status")).containsAnyOf("TRIAGED", "IN_PROGRESS",
                "AWAITING_PARTS", "READY", "SHIPPED");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.survey WHERE answered_at IS NOT NULL").query(Long.class)
                .single()).isGreaterThan(5);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM ops.audit_log a JOIN ops.service_request r ON a.entity_id = r.id::text
                 WHERE a.action <> 'REGISTERED' AND a.at < now() - interval '3 days'""").query(Long.class).single())
                .as("the history is in the past, not at load time").isGreaterThan(50);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM ops.audit_log a JOIN ops.service_request r ON a.entity_id = r.id::text
                 WHERE a.at < r.registered_at""").query(Long.class).single())
                .as("nothing happens to a request before it is registered").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM ops.outbox WHERE occurred_at > now() + interval '1 minute'")
                .query(Long.class).single()).as("nothing in the future").isZero();
        assertThat(jdbc.sql("""
                SELECT extract(isodow FROM o.occurred_at AT TIME ZONE 'Europe/Minsk') FROM ops.outbox o
                 WHERE o.event_type = 'TaskCompleted'""").query(Integer.class).list())
                .as("the departments work on working days").isNotEmpty().allMatch(d -> d <= 5);

        demo.run(null);
        assertThat(count("ops.service_request")).as("a second start loads nothing").isEqualTo(requests);
    }
}
