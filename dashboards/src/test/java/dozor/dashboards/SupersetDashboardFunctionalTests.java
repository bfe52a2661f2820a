package dozor.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dozor.embedded.FreePorts;
import dozor.embedded.SharedEmbeddedServers;
import dozor.local.LocalOptions;
import dozor.local.LocalPlatform;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * Superset as code, against the real platform: a request registered through the API and loaded by dw-refresh
 * appears in the data of the "Заявки" dashboard's charts, asked through Superset's chart data API after
 * {@code deploy.sh} imported the bundle. Superset connects with the printed read-only analysts' URL.
 */
class SupersetDashboardFunctionalTests {

    static final Path HERE = Path.of("").toAbsolutePath();

    @Test
    void everyChartOfTheDashboardAnswersWithTheRegisteredRequest() throws Exception {
        Path data = Files.createTempDirectory("dozor-superset");
        String adminPassword = "superset-test-admin";
        Process superset = null;
        try (LocalPlatform platform = LocalPlatform.start(LocalOptions.forTests(data, adminPassword,
                Map.of("dozor.batch.dw-refresh.scheduled", "false")))) {
            TestHttp admin = new TestHttp("http://127.0.0.1:" + platform.webPort()).basic("admin", adminPassword);
            var created = admin.post("/api/v1/requests", Map.of("customerName", "ООО «Дашборд»", "contactPhone",
                    "+375291234567", "deviceModel", "Dahua NVR4216", "problemDescription", "Нет изображения",
                    "priority", "P3"));
            assertThat(created.status()).isEqualTo(201);
            long execution = admin.post("/api/v1/jobs/dw-refresh", "").json().get("executionId").asLong();
            await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(
                    admin.get("/api/v1/jobs/" + execution).json().get("status").asString()));

            Map<String, String> env = Map.of(
                    "DOZOR_SUPERSET_DB_URI", platform.analystUrl().orElseThrow()
                            .replaceFirst("^postgresql://", "postgresql+psycopg2://"),
                    "DOZOR_SUPERSET_ADMIN_PASSWORD", adminPassword,
                    "DOZOR_SUPERSET_HOME", data.resolve("superset").toString(),
                    "DOZOR_SUPERSET_PORT", String.valueOf(FreePorts.any()));
            Result deploy = run(List.of("./deploy.sh"), env, 15);
            assertThat(deploy.exitCode()).as(deploy.output()).isZero();

            ProcessBuilder server = new ProcessBuilder("./run.sh").directory(HERE.toFile())
                    .redirectErrorStream(true).redirectOutput(data.resolve("superset.log").toFile());
            server.environment().putAll(env);
            superset = server.start();

            Result check = run(List.of("python3", "check_charts.py", "--url",
                    "http://127.0.0.1:" + env.get("DOZOR_SUPERSET_PORT"), "--user", "admin", "--password",
                    adminPassword, "--dashboard", "zayavki", "--wait", "180"), env, 5);
            assertThat(check.exitCode()).as(check.output()).isZero();
            JsonNode report = TestHttp.JSON.readTree(check.output());

            assertThat(report.get("dashboard").get("title").asString()).isEqualTo("Заявки");
            JsonNode charts = report.get("charts");
            assertThat(charts.size()).isEqualTo(2);
            String today = LocalDate.now(ZoneId.of("Europe/Minsk")).toString();
            boolean registered = false;
            boolean open = false;
            for (JsonNode chart : charts) {
                assertThat(chart.get("status").asString()).as(chart.toString()).isEqualTo("success");
                assertThat(chart.get("rowcount").asInt()).isPositive();
                for (JsonNode row : chart.get("data")) {
                    if (!"P3".equals(row.path("priority").asString())) {
                        continue;
                    }
                    if (row.has("registered_count") && today.equals(row.path("day").asString())) {
                        registered = row.get("registered_count").asInt() == 1;
                    }
                    if (row.has("open_now")) {
                        open = row.get("open_now").asInt() == 1;
                    }
                }
            }
            assertThat(registered).as("today's P3 registration in " + charts).isTrue();
            assertThat(open).as("the P3 request open now in " + charts).isTrue();
        }
        finally {
            if (superset != null) {
                superset.descendants().forEach(ProcessHandle::destroy);
                superset.destroy();
                superset.waitFor(30, TimeUnit.SECONDS);
                superset.descendants().forEach(ProcessHandle::destroyForcibly);
                superset.destroyForcibly();
            }
            SharedEmbeddedServers.deleteQuietly(data);
        }
    }

    record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env, int minutes) throws Exception {
        File log = File.createTempFile("dozor-superset", ".log");
        File errors = File.createTempFile("dozor-superset", ".err");
        // Standard output only: check_charts.py writes its JSON there and progress lines to standard error.
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(HERE.toFile())
                .redirectOutput(log).redirectError(errors);
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        System.out.println(output);
        System.out.println(Files.readString(errors.toPath(), StandardCharsets.UTF_8));
        log.delete();
        errors.delete();
        return new Result(p.isAlive() ? -1 : p.exitValue(), output);
    }
}
