package dozor.batch.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dozor.batch.BatchApplication;
import dozor.batch.InternalJobs;
import dozor.calendar.CalendarDefinition;
import dozor.calendar.Interval;
import dozor.clocks.Calendars;
import dozor.clocks.SlaPolicy;
import dozor.embedded.EmbeddedKafkaServer;
import dozor.embedded.FreePorts;
import dozor.embedded.SharedEmbeddedServers;
import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;
import dozor.events.reference.SlaSettingsPublished;
import dozor.events.requests.RequestRegistered;
import dozor.events.sla.SlaBreached;
import dozor.events.sla.SlaClockUpdated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sla-recompute job on real PostgreSQL and Kafka: the live pipeline breached a P1 first response under the old
 * one-hour target; an administrator then published settings with a longer target on a round-the-clock calendar,
 * and the job corrects the stored clock from the event log and says what it changed.
 */
@SpringBootTest(classes = BatchApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=batch", "dozor.batch.dw-refresh.scheduled=false",
                "dozor.batch.dw-refresh.stall-timeout=PT3S", "dozor.internal.token=test-token" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlaRecomputeJobFunctionalTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    static EmbeddedKafkaServer kafka;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static final Instant YESTERDAY = LocalDate.now(MINSK).minusDays(1).atTime(11, 0).atZone(MINSK).toInstant();

    static final Instant LONG_AGO = LocalDate.now(MINSK).minusDays(90).atTime(11, 0).atZone(MINSK).toInstant();

    static final RequestRegistered LATE = registered(YESTERDAY, 1);

    static final RequestRegistered OUTSIDE_PERIOD = registered(LONG_AGO, 2);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws Exception {
        kafka = EmbeddedKafkaServer.start(Files.createTempDirectory("recompute-kafka"), FreePorts.any());
        kafka.createTopics(Map.of(Topics.REQUESTS, Topics.PARTITIONS, Topics.SLA, Topics.PARTITIONS, Topics.WORK,
                Topics.PARTITIONS, Topics.REFERENCE, 1));
        String databaseUrl = SharedEmbeddedServers.freshDatabase();
        registry.add("spring.datasource.url", () -> databaseUrl);
        registry.add("spring.datasource.username", () -> SharedEmbeddedServers.APP_USER);
        registry.add("spring.datasource.password", () -> SharedEmbeddedServers.APP_PASSWORD);
        registry.add("dozor.kafka.bootstrap-servers", kafka::bootstrapServers);
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
        SharedEmbeddedServers.deleteQuietly(kafka.logDirectory());
    }

    static RequestRegistered registered(Instant at, int n) {
        return RequestRegistered.v1(UUID.randomUUID(), at, UUID.randomUUID(), "З-2026-0000" + n, "ООО «Вектор»",
                "200988541", "Hikvision", "P1", at);
    }

    @Test
    @Order(1)
    void withTheSettingsOfTheLivePipelineNothingChanges() throws Exception {
        for (RequestRegistered r : List.of(LATE, OUTSIDE_PERIOD)) {
            send(r);
            sendBreach(r, "FIRST_RESPONSE", Duration.ofHours(1));
            sendBreach(r, "RESOLUTION", Duration.ofHours(8));
        }
        assertThat(run("dw-refresh", "").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(state(LATE)).isEqualTo("BREACHED");

        // No settings were published: the job replays on the defaults, which gave the live breach.
        JsonNode run = run("sla-recompute", "?from=" + LocalDate.now(MINSK).minusDays(7));
        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(changes(run)).isEmpty();
        assertThat(state(LATE)).isEqualTo("BREACHED");
    }

    @Test
    @Order(2)
    void aLongerTargetPublishedLaterTurnsTheBreachIntoARunningClock() throws Exception {
        SlaPolicy defaults = SlaPolicy.defaults();
        var longer = new java.util.HashMap<>(defaults.targets());
        longer.put(SlaPolicy.ANY_TIER, Map.of("P1", new SlaPolicy.Targets(Duration.ofHours(100), Duration.ofHours(400)),
                "P4", new SlaPolicy.Targets(Duration.ofHours(100), Duration.ofHours(400))));
        SlaPolicy policy = new SlaPolicy(2, longer, defaults.legTargets(), defaults.pausingStatuses(),
                defaults.warnAt(), defaults.ladder(), Calendars.SUPPORT, Map.of());
        Map<DayOfWeek, List<Interval>> allDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            allDay.put(d, List.of(Interval.parse("00:00-24:00")));
        }
        var calendar = new CalendarDefinition(Calendars.SUPPORT, "Europe/Minsk", allDay, List.of(), 1);
        send(new SlaSettingsPublished(UUID.randomUUID(), Instant.now(), SlaSettingsPublished.CURRENT_VERSION, 2,
                JSON.valueToTree(policy), JSON.valueToTree(Map.of(Calendars.SUPPORT, calendar))));
        assertThat(run("dw-refresh", "").get("status").asString()).isEqualTo("COMPLETED");

        JsonNode run = run("sla-recompute", "?from=" + LocalDate.now(MINSK).minusDays(7));
        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        List<Map<String, Object>> changes = changes(run);
        assertThat(changes).extracting(c -> c.get("clock_key")).containsExactlyInAnyOrder("FIRST_RESPONSE",
                "RESOLUTION");
        assertThat(changes).allSatisfy(c -> {
            assertThat(c).containsEntry("request_number", LATE.number()).containsEntry("before_state", "BREACHED")
                    .containsEntry("after_state", "RUNNING");
            assertThat(c.get("after_breached_at")).isNull();
        });

        assertThat(state(LATE)).isEqualTo("RUNNING");
        var clock = jdbc.sql("SELECT due_at, breached_at, target_millis FROM dw.fact_sla_clock "
                + "WHERE request_id = :id AND clock_key = 'FIRST_RESPONSE'").param("id", LATE.requestId()).query()
                .singleRow();
        assertThat(((java.sql.Timestamp) clock.get("due_at")).toInstant())
                .isEqualTo(LATE.registeredAt().plus(Duration.ofHours(100)));
        assertThat(clock.get("breached_at")).isNull();
        assertThat(clock.get("target_millis")).isEqualTo(Duration.ofHours(100).toMillis());
        assertThat(state(OUTSIDE_PERIOD)).as("registered before the period: left alone").isEqualTo("BREACHED");
        assertThat(jdbc.sql("SELECT count(*) FROM mart.sla_corrections").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void aSecondRunFindsNothingMoreToCorrect() throws Exception {
        JsonNode run = run("sla-recompute", "?from=" + LocalDate.now(MINSK).minusDays(7));
        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(changes(run)).isEmpty();
        assertThat(state(LATE)).isEqualTo("RUNNING");
    }

    @Test
    @Order(4)
    void aPeriodThatEndsBeforeItStartsIsRefused() throws Exception {
        var response = post("/internal/v1/jobs/sla-recompute?from=2026-02-01&to=2026-01-01");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("2026-02-01");
        assertThat(post("/internal/v1/jobs/sla-recompute?from=yesterday").statusCode()).isEqualTo(400);
    }

    /** What the live pipeline published for a clock of the default P1 targets that ran out. */
    private static void sendBreach(RequestRegistered r, String clock, Duration target) throws Exception {
        Instant due = Calendars.defaults().get(Calendars.SUPPORT).addWorkingTime(r.registeredAt(), target);
        send(new SlaBreached(UUID.randomUUID(), due, 2, r.requestId(), clock, "P1", due, due, null, null, null),
                new SlaClockUpdated(UUID.randomUUID(), due, 2, r.requestId(), clock, "P1", "BREACHED",
                        r.registeredAt(), due, null, null, null, target.toMillis(), target.toMillis(), null, false));
    }

    private String state(RequestRegistered r) {
        return jdbc.sql("SELECT sla_state FROM dw.fact_service_request WHERE request_id = :id")
                .param("id", r.requestId()).query(String.class).single();
    }

    private List<Map<String, Object>> changes(JsonNode run) {
        return jdbc.sql("""
                SELECT f.request_number, c.clock_key, c.before_state, c.after_state, c.after_breached_at
                  FROM dw.sla_recompute_change c JOIN dw.fact_service_request f USING (request_id)
                 WHERE c.job_execution_id = :run
                """).param("run", run.get("executionId").asLong()).query().listOfRows();
    }

    private JsonNode run(String job, String query) throws Exception {
        return new InternalJobs(port).runToEnd(job, query);
    }

    private HttpResponse<String> post(String path) throws Exception {
        return new InternalJobs(port).post(path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return new InternalJobs(port).get(path);
    }

    private String base() {
        return new InternalJobs(port).base();
    }

    private static void send(DozorEvent... events) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (DozorEvent e : events) {
                producer.send(new ProducerRecord<>(e.topic(), e.aggregateId(), EventJson.write(e))).get();
            }
        }
    }
}
