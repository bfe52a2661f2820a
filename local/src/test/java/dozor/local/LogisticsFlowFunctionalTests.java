package dozor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dozor.embedded.SharedEmbeddedServers;
import dozor.testing.TestHttp;

/**
 * The «Логистика» screens in real headless Chromium against the real platform (web/e2e/logistics-flow.e2e.mjs):
 * a shipment planned in the UI, dispatched, found on the board and in the day plan, its PDF opened, reported
 * delivered, the figures read, the board exported, a swap opened. Then the API is asked whether the shipment, its
 * history, the stock and the swap hold what the screens did, and the downloaded XLSX is parsed. Screenshots (desk
 * and phone) land in local/target/e2e-screenshots/logistics-flow.
 */
class LogisticsFlowFunctionalTests {

    static final String[] SCREENSHOTS = { "logistics-new.png", "logistics-board.png", "logistics-board-filtered.png",
            "logistics-plan.png", "logistics-shipment.png", "logistics-figures.png", "logistics-swap-form.png",
            "logistics-swaps.png", "logistics-board-phone.png", "logistics-shipment-phone.png",
            "logistics-plan-phone.png", "logistics-swaps-phone.png", "logistics-figures-phone.png",
            "logistics-new-phone.png", "logistics-planned-phone.png" };

    @Test
    void aLogisticsClerkPlansShipsAndDeliversThroughTheWebUi() throws Exception {
        Path data = Files.createTempDirectory("dozor-logistics");
        Path screenshots = Path.of("target", "e2e-screenshots", "logistics-flow").toAbsolutePath();
        String password = "logistics-flow-test";
        try (LocalPlatform platform = LocalPlatform.start(LocalOptions.forTests(data, password,
                Map.of("dozor.batch.dw-refresh.scheduled", "false")))) {
            String baseUrl = "http://127.0.0.1:" + platform.webPort();
            String output = BrowserFlows.run("logistics-flow.e2e.mjs", baseUrl, password, screenshots, 360);

            TestHttp admin = new TestHttp(baseUrl).basic("admin", password);
            String id = printed(output, "SHIPMENT_ID");
            JsonNode shipment = admin.get("/api/v1/logistics/shipments/" + id).json();
            assertThat(shipment.get("number").asString()).isEqualTo(printed(output, "SHIPMENT_NUMBER"));
            assertThat(shipment.get("status").asString()).isEqualTo("DELIVERED");
            assertThat(shipment.get("kind").asString()).isEqualTo("REPAIRED_DEVICE");
            assertThat(shipment.get("carrier").asString()).isEqualTo("CDEK");
            assertThat(shipment.get("route").asString()).isEqualTo("Минск — Восток");
            assertThat(shipment.get("trackingNumber").asString()).isEqualTo(printed(output, "TRACKING"));
            assertThat(shipment.get("lines").get(0).get("quantity").asDouble()).isEqualTo(2.0);

            JsonNode history = admin.get("/api/v1/logistics/shipments/" + id + "/history").json();
            assertThat(StreamSupport.stream(history.spliterator(), false).map(h -> h.get("status").asString()))
                    .containsExactly("PLANNED", "DISPATCHED", "DELIVERED");
            assertThat(history.get(2).get("source").asString()).isEqualTo("USER");
            assertThat(history.get(2).get("note").asString()).isEqualTo("Получил директор");

            // 5 received, 2 shipped on dispatch.
            JsonNode balances = admin.get("/api/v1/stock/balances?itemId=" + printed(output, "ITEM_ID")
                    + "&warehouseId=" + printed(output, "WAREHOUSE_ID")).json();
            assertThat(balances.get(0).get("onHand").asDouble()).isEqualTo(3.0);

            JsonNode swaps = admin.get("/api/v1/logistics/swaps").json();
            assertThat(StreamSupport.stream(swaps.spliterator(), false).map(s -> s.get("swapSerial").asString()))
                    .contains(printed(output, "SWAP_SERIAL"));
            assertThat(admin.get("/api/v1/logistics/metrics?days=7").json().get("delivered").asLong()).isEqualTo(1);

            try (InputStream in = Files.newInputStream(Path.of(printed(output, "XLSX_PATH")));
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                var sheet = book.getSheet("Отгрузки");
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Номер");
                assertThat(sheet.getLastRowNum()).isEqualTo(1);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                        .isEqualTo(printed(output, "SHIPMENT_NUMBER"));
                assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo(printed(output, "TRACKING"));
                assertThat(sheet.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(2.0);
            }
            for (String shot : SCREENSHOTS) {
                assertThat(screenshots.resolve(shot)).exists();
            }
        }
        finally {
            SharedEmbeddedServers.deleteQuietly(data);
        }
    }

    private static String printed(String output, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "=(.+)$").matcher(output);
        assertThat(m.find()).as(name + " in:\n" + output).isTrue();
        return m.group(1).trim();
    }
}
