package dozor.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dozor.embedded.SharedEmbeddedServers;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * The foundation's promise, end to end on the real embedded servers: a request registered over HTTP gets a live
 * SLA state from the streams side within 5 s, dw-refresh counts it in the mart that analysts read with the
 * printed URL, and a restart keeps everything without double counting.
 */
class LocalPlatformFunctionalTests {

    static final String ADMIN_PASSWORD = "local-test-admin";

    static Path dataDirectory;

    @AfterAll
    static void cleanUp() {
        SharedEmbeddedServers.deleteQuietly(dataDirectory);
    }

    @Test
    void aRequestTravelsThePlatformAndSurvivesARestart() throws Exception {
        dataDirectory = Files.createTempDirectory("dozor-local");
        LocalOptions options = LocalOptions.forTests(dataDirectory, ADMIN_PASSWORD,
                Map.of("dozor.batch.dw-refresh.scheduled", "false"));
        String requestId;
        String analystUrl;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Minsk"));
        try (LocalPlatform platform = LocalPlatform.start(options)) {
            TestHttp admin = new TestHttp("http://127.0.0.1:" + platform.webPort()).basic("admin", ADMIN_PASSWORD);
            assertThat(new TestHttp("http://127.0.0.1:" + platform.webPort()).get("/actuator/health").body())
                    .contains("UP");

            var created = admin.post("/api/v1/requests", Map.of("customerName", "ООО «Вектор»", "unp", "200988541",
                    "contactPhone", "+375 29 123-45-67", "deviceModel", "Hikvision DS-7608NI", "problemDescription",
                    "Не пишет архив", "priority", "P2"));
            assertThat(created.status()).isEqualTo(201);
            requestId = created.json().get("id").asString();

            long registeredAt = System.nanoTime();
            JsonNode[] sla = new JsonNode[1];
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
                sla[0] = admin.get("/api/v1/requests/" + requestId).json().get("sla");
                return "RUNNING".equals(sla[0].get("state").asString());
            });
            System.out.printf("live SLA state visible after %d ms%n", (System.nanoTime() - registeredAt) / 1_000_000);
            assertThat(sla[0].get("dueAt").asString()).isNotBlank();

            // The CRM webhook works with the generated secret the banner shows, kept for the next start.
            String secret = platform.crmWebhookSecret().orElseThrow();
            assertThat(Banner.of(platform, options)).contains("CRM webhook     POST " + platform.crmWebhookUrl()
                    + ", secret " + secret);
            String ticket = """
                    {"customerName":"ИП Петров","contactPhone":"+375 29 765-43-21","deviceModel":"Dahua XVR",
                     "problemDescription":"Нет изображения","priority":"P4","externalId":"CRM-1"}""";
            long now = System.currentTimeMillis() / 1000;
            var crm = new TestHttp("http://127.0.0.1:" + platform.webPort())
                    .header("X-Dozor-Timestamp", String.valueOf(now))
                    .header("X-Dozor-Signature", dozor.ingest.crm.WebhookSignature.sign(secret, now,
                            ticket.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .post("/api/v1/ingest/crm/requests", ticket);
            assertThat(crm.status()).as(crm.body()).isEqualTo(201);
            assertThat(Files.readString(dataDirectory.resolve("secrets.properties"))).contains(secret);

            assertThat(runDwRefresh(admin)).isEqualTo("COMPLETED");
            analystUrl = platform.analystUrl().orElseThrow();
            assertThat(Files.readString(dataDirectory.resolve("analyst.url")).trim()).isEqualTo(analystUrl);
            assertThat(registeredInMart(analystUrl, today, "P2")).isEqualTo(1);
        }

        try (LocalPlatform platform = LocalPlatform.start(options)) {
            TestHttp admin = new TestHttp("http://127.0.0.1:" + platform.webPort()).basic("admin", ADMIN_PASSWORD);
            var kept = admin.get("/api/v1/requests/" + requestId);
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.json().get("customerName").asString()).isEqualTo("ООО «Вектор»");
            await().atMost(Duration.ofSeconds(30)).until(() -> "RUNNING".equals(
                    admin.get("/api/v1/requests/" + requestId).json().get("sla").get("state").asString()));

            assertThat(runDwRefresh(admin)).isEqualTo("COMPLETED");
            // Same role and password after a restart (the port is a free one in tests; 15432 by default).
            String again = platform.analystUrl().orElseThrow();
            assertThat(URI.create(again).getUserInfo()).isEqualTo(URI.create(analystUrl).getUserInfo());
            assertThat(registeredInMart(again, today, "P2")).as("no double count after a restart").isEqualTo(1);
        }
    }

    private static String runDwRefresh(TestHttp admin) {
        var started = admin.post("/api/v1/jobs/dw-refresh", "");
        assertThat(started.status()).isEqualTo(202);
        long id = started.json().get("executionId").asLong();
        String[] status = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            status[0] = admin.get("/api/v1/jobs/" + id).json().get("status").asString();
            return status[0].equals("COMPLETED") || status[0].equals("FAILED");
        });
        return status[0];
    }

    /** Connects exactly as an analyst would with the printed postgresql:// URL. */
    static int registeredInMart(String analystUrl, LocalDate day, String priority) throws Exception {
        URI uri = URI.create(analystUrl);
        String[] credentials = uri.getUserInfo().split(":", 2);
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
        try (var c = DriverManager.getConnection(jdbc, credentials[0], credentials[1]);
                var ps = c.prepareStatement("SELECT registered FROM mart.requests_daily WHERE day = ? AND priority = ?")) {
            ps.setObject(1, day);
            ps.setString(2, priority);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
