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
 * Superset as code, against the real platform: requests registered, closed, rated and merged through the API and
 * loaded by dw-refresh appear in the data of the charts of the dashboards ("Заявки", "SLA и качество", "Склад"), asked
 * through Superset's chart data API after {@code deploy.sh} imported the bundle. Superset connects with the printed
 * read-only analysts' URL. One platform and one Superset serve both dashboards (each start costs minutes).
 */
class SupersetDashboardFunctionalTests {

    static final Path HERE = Path.of("").toAbsolutePath();

    @Test
    void everyChartOfBothDashboardsAnswersWithWhatTheTestPutIn() throws Exception {
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
            String openId = created.json().get("id").asString();

            // "SLA и качество": a P2 consultation closed at once (its resolution clock met) and rated 5 / 10 ...
            var consultation = admin.post("/api/v1/requests", Map.of("customerName", "ООО «Качество»",
                    "contactPhone", "+375297654321", "deviceModel", "Hikvision DS-7608NI-K2", "problemDescription",
                    "Как настроить запись по движению", "priority", "P2", "category", "CONSULTATION"));
            assertThat(consultation.status()).isEqualTo(201);
            String closed = consultation.json().get("id").asString();
            for (String action : new String[] { "TRIAGE", "START", "MARK_READY", "CLOSE" }) {
                assertThat(admin.post("/api/v1/requests/" + closed + "/transitions", Map.of("action", action))
                        .status()).as(action).isEqualTo(200);
            }
            String link = admin.post("/api/v1/requests/" + closed + "/survey/link", "").json().get("url").asString();
            String token = link.substring(link.lastIndexOf('/') + 1);
            TestHttp customer = new TestHttp("http://127.0.0.1:" + platform.webPort());
            assertThat(customer.post("/api/public/v1/surveys/" + token, Map.of("csat", 5, "nps", 10)).status())
                    .isEqualTo(200);
            // ... and a P4 repeat merged into the open P3 request: 1 duplicate of today's 3 registrations.
            var repeat = admin.post("/api/v1/requests", Map.of("customerName", "ООО «Дашборд»", "contactPhone",
                    "+375291234567", "deviceModel", "Dahua NVR4216", "problemDescription", "Снова нет изображения",
                    "priority", "P4"));
            assertThat(repeat.status()).isEqualTo(201);
            var merged = admin.post("/api/v1/requests/" + repeat.json().get("id").asString() + "/merge",
                    Map.of("intoRequestId", openId));
            assertThat(merged.status()).as(merged.body()).isEqualTo(200);

            // "Склад": 10 units received at 5 BYN, 3 shipped: 35 BYN on hand, 15 BYN consumed this week.
            var wh = admin.post("/api/v1/stock/warehouses", Map.of("code", "DSH", "name", "Склад дашборда", "kind",
                    "CENTRAL"));
            assertThat(wh.status()).as(wh.body()).isEqualTo(201);
            var item = admin.post("/api/v1/stock/items", Map.of("sku", "DSH-HDD", "name", "Диск для дашборда",
                    "category", "SPARE_PART", "unit", "PCS", "serialTracked", false));
            assertThat(item.status()).as(item.body()).isEqualTo(201);
            String whId = wh.json().get("id").asString();
            String itemId = item.json().get("id").asString();
            assertThat(admin.post("/api/v1/stock/movements", Map.of("kind", "RECEIPT", "itemId", itemId,
                    "warehouseId", whId, "quantity", 10, "unitCost", 5)).status()).isEqualTo(201);
            assertThat(admin.post("/api/v1/stock/movements", Map.of("kind", "SHIPMENT", "itemId", itemId,
                    "warehouseId", whId, "quantity", 3)).status()).isEqualTo(201);

            // dw-refresh reads Kafka up to its end offsets when it starts: let the outbox relay publish everything first.
            await().atMost(Duration.ofSeconds(60)).until(() -> outboxPending(admin) == 0);
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

            String url = "http://127.0.0.1:" + env.get("DOZOR_SUPERSET_PORT");
            JsonNode report = checkCharts(url, adminPassword, "zayavki", env);
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

            JsonNode quality = checkCharts(url, adminPassword, "sla-kachestvo", env);
            assertThat(quality.get("dashboard").get("title").asString()).isEqualTo("SLA и качество");
            assertThat(quality.get("charts").size()).isEqualTo(7);
            Map<String, JsonNode> byName = new java.util.HashMap<>();
            for (JsonNode chart : quality.get("charts")) {
                assertThat(chart.get("status").asString()).as(chart.toString()).isEqualTo("success");
                assertThat(chart.get("rowcount").asInt()).as(chart.toString()).isPositive();
                byName.put(chart.get("name").asString(), chart);
            }
            assertThat(byName).containsOnlyKeys("Закрыто в срок SLA за период", "Закрыто в срок SLA по дням",
                    "Нарушения SLA по целям и отделам", "CSAT за период", "CSAT и NPS по дням",
                    "Доля дублей за период", "Доля дублей по дням");
            JsonNode satisfaction = todayRow(byName.get("CSAT и NPS по дням"), today);
            assertThat(satisfaction.get("csat_share_percent").asDouble()).as(satisfaction.toString()).isEqualTo(100.0);
            assertThat(satisfaction.get("nps_score").asDouble()).as(satisfaction.toString()).isEqualTo(100.0);
            assertThat(todayRow(byName.get("Закрыто в срок SLA по дням"), today).get("resolved_in_time_share")
                    .asDouble()).isEqualTo(1.0);
            assertThat(byName.get("Закрыто в срок SLA за период").get("data").get(0).get("resolved_in_time_share")
                    .asDouble()).isEqualTo(1.0);
            assertThat(byName.get("CSAT за период").get("data").get(0).get("csat_share_percent").asDouble())
                    .isEqualTo(100.0);
            assertThat(todayRow(byName.get("Доля дублей по дням"), today).get("duplicate_share").asDouble())
                    .isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(byName.get("Доля дублей за период").get("data").get(0).get("duplicate_share").asDouble())
                    .isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
            JsonNode resolution = null;
            for (JsonNode row : byName.get("Нарушения SLA по целям и отделам").get("data")) {
                if ("Решение заявки".equals(row.path("sla_leg").asString())) {
                    resolution = row;
                }
            }
            assertThat(resolution).as("the resolution row in the breaches table").isNotNull();
            assertThat(resolution.get("finished_count").asInt()).as(resolution.toString()).isEqualTo(1);
            assertThat(resolution.get("breached_count").asInt()).as(resolution.toString()).isZero();

            JsonNode stock = checkCharts(url, adminPassword, "sklad", env);
            assertThat(stock.get("dashboard").get("title").asString()).isEqualTo("Склад");
            Map<String, JsonNode> stockCharts = new java.util.HashMap<>();
            for (JsonNode chart : stock.get("charts")) {
                assertThat(chart.get("status").asString()).as(chart.toString()).isEqualTo("success");
                stockCharts.put(chart.get("name").asString(), chart);
            }
            assertThat(stockCharts).containsOnlyKeys("Стоимость запасов", "Позиции с запасом на 2–4 недели",
                    "Позиции с запасом меньше 2 недель", "Запасы по складам", "Покрытие спроса по позициям",
                    "Расход по неделям");
            assertThat(stockCharts.get("Стоимость запасов").get("data").get(0).get("stock_value").asDouble())
                    .isEqualTo(35.0);
            assertThat(stockCharts.get("Позиции с запасом меньше 2 недель").get("data").get(0).get("short_items")
                    .asInt()).isZero();
            JsonNode byWarehouse = stockCharts.get("Запасы по складам").get("data").get(0);
            assertThat(byWarehouse.get("warehouse_name").asString()).isEqualTo("Склад дашборда");
            assertThat(byWarehouse.get("lines_in_stock").asInt()).isEqualTo(1);
            JsonNode coverage = stockCharts.get("Покрытие спроса по позициям").get("data").get(0);
            assertThat(coverage.get("sku").asString()).isEqualTo("DSH-HDD");
            assertThat(coverage.get("on_hand").asDouble()).isEqualTo(7.0);
            assertThat(coverage.get("coverage_band").asString()).as("consumed this week only: no 13-week demand")
                    .isEqualTo("нет спроса");
            JsonNode week = stockCharts.get("Расход по неделям").get("data").get(0);
            assertThat(week.get("consumption_value").asDouble()).isEqualTo(15.0);
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

    /** {@code check_charts.py} for one dashboard: exit 0 (every chart answered) and its JSON report. */
    private static JsonNode checkCharts(String url, String adminPassword, String slug, Map<String, String> env)
            throws Exception {
        Result check = run(List.of("python3", "check_charts.py", "--url", url, "--user", "admin", "--password",
                adminPassword, "--dashboard", slug, "--wait", "180"), env, 5);
        assertThat(check.exitCode()).as(check.output()).isZero();
        return TestHttp.JSON.readTree(check.output());
    }

    private static double outboxPending(TestHttp admin) {
        for (String line : admin.get("/actuator/prometheus").body().split("\n")) {
            if (line.startsWith("dozor_outbox_pending")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return -1;
    }

    /** The row of a per-day chart for the given Minsk day. */
    private static JsonNode todayRow(JsonNode chart, String day) {
        for (JsonNode row : chart.get("data")) {
            if (day.equals(row.path("day").asString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + day + " in " + chart);
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
