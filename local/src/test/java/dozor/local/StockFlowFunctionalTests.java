package dozor.local;

import static dozor.local.BrowserFlows.printed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dozor.embedded.SharedEmbeddedServers;
import dozor.testing.TestHttp;

/**
 * The «Склад» screens in real headless Chromium against the real platform (web/e2e/stock-flow.e2e.mjs): warehouses
 * and an item created, a receipt, an issue to a task, a reservation issued, a write-off, a transfer dispatched and
 * received, a count posted with a difference and one refused because the stock moved, the journal read on the item
 * card, the balances exported. Then the API is asked whether the ledger holds what the screens did, and the
 * downloaded XLSX is parsed. Screenshots (desk and phone) land in local/target/e2e-screenshots/stock-flow.
 */
class StockFlowFunctionalTests {

    static final String[] SCREENSHOTS = { "stock-balances.png", "stock-balances-phone.png", "stock-item.png",
            "stock-item-phone.png", "stock-warehouses.png", "stock-transfers.png", "stock-reservations.png",
            "stock-demands.png", "stock-counts.png", "stock-count-sheet.png", "stock-count-refused.png",
            "stock-receipt-dialog.png", "stock-receipt-dialog-phone.png", "stock-count-sheet-phone.png" };

    @Test
    void aStockKeeperWorksTheStockThroughTheWebUi() throws Exception {
        Path data = Files.createTempDirectory("dozor-stock");
        Path screenshots = Path.of("target", "e2e-screenshots", "stock-flow").toAbsolutePath();
        String password = "stock-flow-test";
        try (LocalPlatform platform = LocalPlatform.start(LocalOptions.forTests(data, password,
                Map.of("dozor.batch.dw-refresh.scheduled", "false")))) {
            String baseUrl = "http://127.0.0.1:" + platform.webPort();
            String output = BrowserFlows.run("stock-flow.e2e.mjs", baseUrl, password, screenshots, 360);

            TestHttp admin = new TestHttp(baseUrl).basic("admin", password);
            String item = printed(output, "ITEM_ID");
            String a = printed(output, "WAREHOUSE_A");
            String b = printed(output, "WAREHOUSE_B");
            Map<String, Double> onHand = new HashMap<>();
            for (JsonNode balance : admin.get("/api/v1/stock/balances?itemId=" + item).json()) {
                onHand.put(balance.get("warehouseId").asString(), balance.get("onHand").asDouble());
            }
            // 10 received, 2 issued, 3 reserved and issued, 1 written off, 2 moved on, 1 short in the count; B got
            // 2 by transfer and 1 by the receipt that made its count stale.
            assertThat(onHand).containsEntry(a, 1.0).containsEntry(b, 3.0);
            JsonNode movements = admin.get("/api/v1/stock/items/" + item + "/movements").json();
            assertThat(StreamSupport.stream(movements.spliterator(), false).map(m -> m.get("kind").asString()))
                    .containsExactlyInAnyOrder("RECEIPT", "ISSUE_TO_WORK", "ISSUE_TO_WORK", "WRITE_OFF",
                            "TRANSFER_OUT", "TRANSFER_IN", "ADJUSTMENT_SHORTAGE", "RECEIPT");
            JsonNode demands = admin.get("/api/v1/stock/demands?itemId=" + item).json();
            assertThat(demands).hasSize(1);
            assertThat(demands.get(0).get("quantity").asDouble()).isEqualTo(2.0);

            try (InputStream in = Files.newInputStream(Path.of(printed(output, "XLSX_PATH")));
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                var sheet = book.getSheet("Остатки");
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Артикул");
                Map<String, Double> exported = new HashMap<>();
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    Row row = sheet.getRow(i);
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(printed(output, "ITEM_SKU"));
                    exported.put(row.getCell(5).getStringCellValue().split(" · ")[0], row.getCell(6).getNumericCellValue());
                }
                assertThat(exported.values()).containsExactlyInAnyOrder(1.0, 3.0);
            }
            for (String shot : SCREENSHOTS) {
                assertThat(screenshots.resolve(shot)).exists();
            }
        }
        finally {
            SharedEmbeddedServers.deleteQuietly(data);
        }
    }
}
