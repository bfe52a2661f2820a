package dozor.local;

import static dozor.local.BrowserFlows.printed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dozor.embedded.SharedEmbeddedServers;
import dozor.testing.TestHttp;

/**
 * The «Логистика» screens in real headless Chromium against the real platform (web/e2e/logistics-flow.e2e.mjs):
 * a shipment planned in the UI, dispatched, found on the board and in the day plan, its PDF opened, reported
 * delivered, the figures read, the board exported, a swap opened; then a dispatch refused for want of stock, a
 * planned shipment cancelled, a returned shipment received and shipped again, and the swap's units brought back until
 * it closes. The API is asked whether the shipments, their history, the links between them, the stock and the swap
 * hold what the screens did, and the downloaded XLSX is parsed. Screenshots (desk and phone) land in
 * local/target/e2e-screenshots/logistics-flow.
 */
class LogisticsFlowFunctionalTests {

    static final String[] SCREENSHOTS = { "logistics-new.png", "logistics-board.png", "logistics-board-filtered.png",
            "logistics-plan.png", "logistics-shipment.png", "logistics-figures.png", "logistics-swap-form.png",
            "logistics-swaps.png", "logistics-board-phone.png", "logistics-shipment-phone.png",
            "logistics-plan-phone.png", "logistics-swaps-phone.png", "logistics-figures-phone.png",
            "logistics-new-phone.png", "logistics-planned-phone.png", "logistics-refusal.png",
            "logistics-cancel-confirm.png", "logistics-reshipment.png", "logistics-returned.png",
            "logistics-returned-phone.png", "logistics-cancel-phone.png" };

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

            // 5 received; 2 shipped on dispatch; the refused and the cancelled shipments never took any; the
            // returned one left and came back; its re-shipment took 1.
            assertThat(onHand(admin, printed(output, "ITEM_ID"), printed(output, "WAREHOUSE_ID"))).isEqualTo(2.0);

            JsonNode refused = admin.get("/api/v1/logistics/shipments/" + printed(output, "REFUSED_ID")).json();
            assertThat(refused.get("status").asString()).isEqualTo("PLANNED");
            assertThat(refused.get("dispatchedAt").isNull()).isTrue();
            assertThat(admin.get("/api/v1/logistics/shipments/" + printed(output, "REFUSED_ID") + "/history").json())
                    .hasSize(1);

            String cancelledId = printed(output, "CANCELLED_ID");
            assertThat(admin.get("/api/v1/logistics/shipments/" + cancelledId).json().get("status").asString())
                    .isEqualTo("CANCELLED");
            JsonNode cancelled = admin.get("/api/v1/logistics/shipments/" + cancelledId + "/history").json();
            assertThat(cancelled.get(cancelled.size() - 1).get("status").asString()).isEqualTo("CANCELLED");
            assertThat(cancelled.get(cancelled.size() - 1).get("note").asString()).isEqualTo("Клиент перенёс заказ");

            String returnedId = printed(output, "RETURNED_ID");
            String reshipId = printed(output, "RESHIP_ID");
            JsonNode returned = admin.get("/api/v1/logistics/shipments/" + returnedId).json();
            assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
            assertThat(returned.get("receivedAt").isNull()).isFalse();
            JsonNode reship = admin.get("/api/v1/logistics/shipments/" + reshipId).json();
            assertThat(reship.get("replacesId").asString()).isEqualTo(returnedId);
            assertThat(reship.get("status").asString()).isEqualTo("DELIVERED");
            assertThat(reship.get("lines").get(0).get("quantity").asDouble()).isEqualTo(1.0);
            JsonNode again = admin.get("/api/v1/logistics/shipments/" + returnedId + "/reshipments").json();
            assertThat(again).hasSize(1);
            assertThat(again.get(0).get("id").asString()).isEqualTo(reshipId);

            // The swap's two units are back where they belong and the swap is closed.
            JsonNode swap = admin.get("/api/v1/logistics/swaps/" + printed(output, "SWAP_ID")).json();
            assertThat(swap.get("swapSerial").asString()).isEqualTo(printed(output, "SWAP_SERIAL"));
            assertThat(swap.get("status").asString()).isEqualTo("CLOSED");
            assertThat(swap.get("closedAt").isNull()).isFalse();
            assertThat(StreamSupport.stream(admin.get("/api/v1/logistics/swaps").json().spliterator(), false)
                    .map(s -> s.get("swapSerial").asString())).doesNotContain(printed(output, "SWAP_SERIAL"));
            assertThat(onHand(admin, printed(output, "SWAP_ITEM_ID"), printed(output, "POOL_ID"))).isEqualTo(1.0);
            assertThat(onHand(admin, printed(output, "SWAP_ITEM_ID"), printed(output, "REPAIR_ID"))).isEqualTo(0.0);

            // Delivered to customers: the first shipment, the re-shipment and the swap unit; one a re-shipment.
            JsonNode figures = admin.get("/api/v1/logistics/metrics?days=7").json();
            assertThat(figures.get("delivered").asLong()).isEqualTo(3);
            assertThat(figures.get("reshipped").asLong()).isEqualTo(1);

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

    private static double onHand(TestHttp admin, String itemId, String warehouseId) {
        JsonNode balances = admin.get("/api/v1/stock/balances?itemId=" + itemId + "&warehouseId=" + warehouseId).json();
        return StreamSupport.stream(balances.spliterator(), false).mapToDouble(b -> b.get("onHand").asDouble()).sum();
    }
}
