package dozor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dozor.embedded.SharedEmbeddedServers;
import dozor.testing.TestHttp;

/**
 * The packaged platform, {@code java -jar target/dozor-local-exec.jar}, as an operator starts it: classes and
 * resources come from nested jars there, which is where JasperReports' JDT compiler and its font extension (DejaVu)
 * break when they only work on a flat class path. A shipment is planned and the day's delivery plan printed; the PDF
 * must hold the Russian headings and the shipment in an embedded DejaVu font. (The package phase builds the jar
 * before failsafe runs this.)
 */
class ExecutableJarFunctionalTests {

    static final String PASSWORD = "exec-jar-test";

    @Test
    void theRunnableJarPrintsTheDeliveryPlan() throws Exception {
        Path jar = Path.of("target", "dozor-local-exec.jar").toAbsolutePath();
        assertThat(jar).as("the package phase builds the executable jar").exists();
        Path data = Files.createTempDirectory("dozor-exec-jar");
        Path log = Path.of("target", "exec-jar-test.log").toAbsolutePath();
        int webPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("DOZOR_DATA_DIR", data.toString(), "DOZOR_SUPERSET", "off",
                "DOZOR_DEMO_DATA", "false", "SERVER_PORT", String.valueOf(webPort),
                "DOZOR_DB_PORT", String.valueOf(freePort()), "DOZOR_KAFKA_PORT", String.valueOf(freePort()),
                "DOZOR_ADMIN_PASSWORD", PASSWORD));
        Process process = builder.start();
        try {
            String baseUrl = "http://127.0.0.1:" + webPort;
            awaitUp(process, baseUrl, log);
            TestHttp admin = new TestHttp(baseUrl).basic("admin", PASSWORD);

            String warehouse = admin.post("/api/v1/stock/warehouses", Map.of("code", "EXJ", "name",
                    "Склад Гомель", "kind", "CENTRAL")).json().get("id").asString();
            String item = admin.post("/api/v1/stock/items", Map.of("sku", "EXJ-1", "name",
                    "Видеорегистратор «Дозор-16»", "category", "EQUIPMENT", "unit", "PCS")).json().get("id").asString();
            assertThat(admin.post("/api/v1/stock/movements", Map.of("kind", "RECEIPT", "itemId", item,
                    "warehouseId", warehouse, "quantity", 3, "unitCost", 420)).status()).isEqualTo(201);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Minsk"));
            var planned = admin.post("/api/v1/logistics/shipments", Map.of("kind", "NEW_EQUIPMENT",
                    "fromWarehouseId", warehouse, "address", "г. Гомель, ул. Советская, 128", "recipient",
                    "ООО «Щит и Ёж»", "recipientPhone", "+375291234567", "carrier", "CDEK", "trackingNumber",
                    "CDEK-EXJ-1", "route", "Гомель — Центр", "plannedDate", today.toString(), "lines",
                    List.of(Map.of("itemId", item, "quantity", 2))));
            assertThat(planned.status()).as(planned.body()).isEqualTo(201);

            var pdf = admin.getBytes("/api/v1/logistics/plan/print?date=" + today);
            assertThat(pdf.status()).as(new String(pdf.body())).isEqualTo(200);
            assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("План доставки на " + today.format(
                        java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
                assertThat(text).contains("Трек-номер", "Получатель", "CDEK-EXJ-1", "ООО «Щит и Ёж»",
                        "Гомель — Центр", "Всего отгрузок: 1");
                PDFont font = document.getPage(0).getResources().getFont(
                        document.getPage(0).getResources().getFontNames().iterator().next());
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
        finally {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            SharedEmbeddedServers.deleteQuietly(data);
        }
    }

    private static void awaitUp(Process process, String baseUrl, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        TestHttp anonymous = new TestHttp(baseUrl);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the jar stopped; its log:\n%s", tail(log)).isTrue();
            try {
                if (anonymous.get("/actuator/health").body().contains("UP")) {
                    return;
                }
            }
            catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the jar did not come up in 5 minutes; its log:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
