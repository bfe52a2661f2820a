package dozor.batch.dw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import dozor.embedded.EmbeddedKafkaServer;
import dozor.embedded.FreePorts;
import dozor.embedded.SharedEmbeddedServers;
import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;
import dozor.events.requests.RequestRegistered;
import dozor.events.sla.SlaBreached;
import dozor.events.sla.SlaClockUpdated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole dw-refresh job on real PostgreSQL and Kafka, driven through its HTTP endpoint. */
@SpringBootTest(classes = BatchApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=batch", "dozor.batch.dw-refresh.scheduled=false",
                "dozor.batch.dw-refresh.stall-timeout=PT3S", "dozor.internal.token=test-token" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DwRefreshJobFunctionalTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    static EmbeddedKafkaServer kafka;

    static String databaseUrl;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    // Two requests of one organisation (same УНП) yesterday, one of a private person today.
    static final Instant YESTERDAY = LocalDate.now(MINSK).minusDays(1).atTime(11, 0).atZone(MINSK).toInstant();

    static final Instant TODAY = Instant.now().minusSeconds(60);

    static final RequestRegistered A = registered("ООО «Вектор»", "200988541", "P1", YESTERDAY, 1);

    static final RequestRegistered B = registered("ООО  «Вектор» ", "200988541", "P2", YESTERDAY.plusSeconds(60), 2);

    static final RequestRegistered C = registered("Иванов Иван", null, "P2", TODAY, 3);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws Exception {
        kafka = EmbeddedKafkaServer.start(Files.createTempDirectory("dw-kafka"), FreePorts.any());
        kafka.createTopics(Map.of(Topics.REQUESTS, Topics.PARTITIONS, Topics.SLA, Topics.PARTITIONS));
        databaseUrl = SharedEmbeddedServers.freshDatabase();
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

    static RequestRegistered registered(String customer, String unp, String priority, Instant at, int n) {
        return RequestRegistered.v1(UUID.randomUUID(), at, UUID.randomUUID(), "З-2026-00000" + n, customer, unp,
                "Hikvision", priority, at);
    }

    @Test
    @Order(1)
    void landsEventsAndBuildsTheStarSchema() throws Exception {
        Instant due = A.registeredAt().plus(Duration.ofHours(1));
        send(A, B, C, A); // A twice: the relay re-sent it
        send(new SlaClockUpdated(UUID.randomUUID(), due, 2, A.requestId(), "FIRST_RESPONSE", "P1", "RUNNING",
                A.registeredAt(), due, null, null, null, 0L, 3_600_000L, null, false));
        send(new SlaBreached(UUID.randomUUID(), due, 2, A.requestId(), "FIRST_RESPONSE", "P1", due, due, null, null,
                null));
        send(new SlaClockUpdated(UUID.randomUUID(), due, 2, A.requestId(), "FIRST_RESPONSE", "P1", "BREACHED",
                A.registeredAt(), due, null, null, null, 3_600_000L, 3_600_000L, null, false));
        sendRaw(Topics.REQUESTS, "garbage", "this is not an event");

        JsonNode run = runToCompletion();
        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("steps").get(0).get("name").asString()).isEqualTo("landEvents");
        assertThat(run.get("steps").get(0).get("readCount").asLong()).isEqualTo(8);

        assertThat(count("dw.stg_event")).isEqualTo(6);
        assertThat(count("dw.fact_service_request")).isEqualTo(3);
        assertThat(count("dw.dim_customer")).as("one organisation, one person").isEqualTo(2);
        var breached = jdbc.sql("SELECT sla_state, breached_date_key FROM dw.fact_service_request WHERE request_id = :id")
                .param("id", A.requestId()).query().singleRow();
        assertThat(breached.get("sla_state")).isEqualTo("BREACHED");
        assertThat(breached.get("breached_date_key")).isEqualTo(dateKey(YESTERDAY));

        assertThat(mart(YESTERDAY, "P1")).containsExactly(1, 1, 1);
        assertThat(mart(YESTERDAY, "P2")).containsExactly(1, 1, 0);
        assertThat(mart(TODAY, "P2")).containsExactly(1, 2, 0);
    }

    @Test
    @Order(2)
    void aSecondRunWithoutNewEventsChangesNothing() throws Exception {
        List<Object> before = snapshot();
        assertThat(runToCompletion().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(mart(TODAY, "P2")).containsExactly(1, 2, 0);
    }

    @Test
    @Order(3)
    void aFailedRunIsRestartedAndCompletesTheSameInstance() throws Exception {
        RequestRegistered d = registered("ООО «Ромашка»", "190000001", "P3", TODAY, 4);
        send(d);
        kafka.stop();
        JsonNode failed;
        try {
            failed = runToEnd();
            assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        }
        finally {
            kafka.restart();
        }
        JsonNode restarted = runToEnd();
        assertThat(restarted.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(restarted.get("jobInstanceId").asLong()).isEqualTo(failed.get("jobInstanceId").asLong());
        assertThat(count("dw.fact_service_request")).isEqualTo(4);
        assertThat(mart(TODAY, "P3")).containsExactly(1, 1, 0);
    }

    @Test
    @Order(4)
    void analystsReadTheMartsButNotTheStarSchema() throws Exception {
        try (var c = DriverManager.getConnection(databaseUrl, SharedEmbeddedServers.ANALYST_USER,
                SharedEmbeddedServers.ANALYST_PASSWORD)) {
            try (var rs = c.createStatement().executeQuery("SELECT sum(registered) FROM mart.requests_daily")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
            assertThatThrownBy(() -> c.createStatement().executeQuery("SELECT * FROM dw.fact_service_request"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM mart.requests_daily"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    @Order(5)
    void internalEndpointsRequireTheToken() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(base() + "/internal/v1/jobs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(6)
    void anUnknownJobIs404() throws Exception {
        assertThat(post("/internal/v1/jobs/no-such-job").statusCode()).isEqualTo(404);
        assertThat(get("/internal/v1/jobs/999999").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void closingARequestAndFinishingItsClocksReachTheMarts() throws Exception {
        Instant closedAt = TODAY.plusSeconds(30);
        UUID task = UUID.randomUUID();
        send(new dozor.events.requests.RequestStatusChanged(UUID.randomUUID(), closedAt, 1, C.requestId(), "SHIPPED",
                "CLOSED", "CLOSE", "dispatcher", null));
        send(new SlaClockUpdated(UUID.randomUUID(), TODAY, 2, C.requestId(), "LEG", "P2", "RUNNING", TODAY,
                TODAY.plusSeconds(3600), task, "ENGINEERING", "engineer", 0L, 3_600_000L, null, false));
        send(new SlaClockUpdated(UUID.randomUUID(), closedAt, 2, C.requestId(), "LEG", "P2", "MET", TODAY, null, task,
                "ENGINEERING", "engineer", 1_800_000L, 3_600_000L, null, true));
        send(new SlaClockUpdated(UUID.randomUUID(), TODAY.plusSeconds(1), 2, C.requestId(), "LEG", "P2", "RUNNING",
                TODAY, TODAY.plusSeconds(3600), task, "ENGINEERING", "engineer", 0L, 3_600_000L, null, false));
        assertThat(runToCompletion().get("status").asString()).isEqualTo("COMPLETED");

        var fact = jdbc.sql("SELECT status, closed_at FROM dw.fact_service_request WHERE request_id = :id")
                .param("id", C.requestId()).query().singleRow();
        assertThat(fact.get("status")).isEqualTo("CLOSED");
        assertThat(fact.get("closed_at")).isNotNull();
        assertThat(mart(TODAY, "P2")).as("registered, open at the end of today, breached").containsExactly(1, 1, 0);

        var clock = jdbc.sql("SELECT state, finished, used_millis FROM dw.fact_sla_clock WHERE request_id = :id")
                .param("id", C.requestId()).query().singleRow();
        assertThat(clock.get("state")).as("an older RUNNING update does not reopen a finished clock").isEqualTo("MET");
        assertThat(clock.get("finished")).isEqualTo(true);
        assertThat(clock.get("used_millis")).isEqualTo(1_800_000L);
        var daily = jdbc.sql("SELECT finished, met, mean_hours FROM mart.sla_daily WHERE department = 'ENGINEERING'")
                .query().singleRow();
        assertThat(daily.get("finished")).isEqualTo(1);
        assertThat(daily.get("met")).isEqualTo(1);
        assertThat(((java.math.BigDecimal) daily.get("mean_hours")).doubleValue()).isEqualTo(0.5);
    }

    @Test
    @Order(8)
    void surveyAnswersGiveTheDailyCsatAndNps() throws Exception {
        send(new dozor.events.requests.SurveyAnswered(UUID.randomUUID(), TODAY, 1, A.requestId(), 5, 10),
                new dozor.events.requests.SurveyAnswered(UUID.randomUUID(), TODAY, 1, B.requestId(), 4, 8),
                new dozor.events.requests.SurveyAnswered(UUID.randomUUID(), TODAY, 1, C.requestId(), 2, 3));
        assertThat(runToCompletion().get("status").asString()).isEqualTo("COMPLETED");
        var row = jdbc.sql("SELECT answers, csat_percent, nps FROM mart.satisfaction_daily WHERE day = :d")
                .param("d", LocalDate.ofInstant(TODAY, MINSK)).query().singleRow();
        assertThat(row.get("answers")).isEqualTo(3);
        assertThat(((java.math.BigDecimal) row.get("csat_percent")).doubleValue()).isEqualTo(66.7);
        assertThat(((java.math.BigDecimal) row.get("nps")).doubleValue()).as("1 promoter, 1 detractor of 3")
                .isEqualTo(0.0);
    }

    @Test
    @Order(9)
    void flaggedAndMergedDuplicatesGiveTheDailyDuplicateRate() throws Exception {
        UUID e = UUID.randomUUID();
        send(new RequestRegistered(UUID.randomUUID(), TODAY, RequestRegistered.CURRENT_VERSION, e, "З-2026-000005",
                "Иванов Иван", null, "Hikvision", "P2", TODAY, null, null, null, null, "WEB", C.requestId()),
                new dozor.events.requests.RequestMerged(UUID.randomUUID(), TODAY.plusSeconds(5), 1, e, C.requestId(),
                        "dispatcher"));
        assertThat(runToCompletion().get("status").asString()).isEqualTo("COMPLETED");
        var row = jdbc.sql("SELECT registered, flagged, merged, duplicate_percent FROM mart.duplicates_daily "
                + "WHERE day = :d").param("d", LocalDate.ofInstant(TODAY, MINSK)).query().singleRow();
        assertThat(row.get("registered")).as("C, the P3 request and the duplicate").isEqualTo(3);
        assertThat(row.get("flagged")).isEqualTo(1);
        assertThat(row.get("merged")).isEqualTo(1);
        assertThat(((java.math.BigDecimal) row.get("duplicate_percent")).doubleValue()).isEqualTo(33.33);
        assertThat(jdbc.sql("SELECT merged_into FROM dw.fact_service_request WHERE request_id = :id").param("id", e)
                .query(UUID.class).single()).isEqualTo(C.requestId());
    }

    private List<Object> snapshot() {
        return List.of(count("dw.stg_event"), count("dw.fact_service_request"), count("dw.dim_customer"),
                jdbc.sql("SELECT string_agg(request_number || sla_state, ',' ORDER BY request_number) "
                        + "FROM dw.fact_service_request").query(String.class).single());
    }

    private List<Integer> mart(Instant day, String priority) {
        return jdbc.sql("SELECT registered, open, breached FROM mart.requests_daily WHERE day = :d AND priority = :p")
                .param("d", LocalDate.ofInstant(day, MINSK)).param("p", priority)
                .query((rs, i) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    private static int dateKey(Instant t) {
        LocalDate d = LocalDate.ofInstant(t, MINSK);
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private JsonNode runToCompletion() throws Exception {
        JsonNode end = runToEnd();
        assertThat(end.get("status").asString()).isEqualTo("COMPLETED");
        return end;
    }

    private JsonNode runToEnd() throws Exception {
        return new InternalJobs(port).runToEnd("dw-refresh", "");
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
        for (DozorEvent e : events) {
            sendRaw(e.topic(), e.aggregateId(), EventJson.write(e));
        }
    }

    private static void sendRaw(String topic, String key, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
