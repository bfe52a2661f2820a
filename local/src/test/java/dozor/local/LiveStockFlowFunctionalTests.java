package dozor.local;

import static dozor.local.BrowserFlows.printed;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import dozor.embedded.SharedEmbeddedServers;
import dozor.testing.TestHttp;

/**
 * Live stock in real headless Chromium against the whole platform, streams included (web/e2e/live-stock.e2e.mjs): a
 * reorder point typed on the item card above the available stock raises the low-stock alert on «Онлайн», «Сверка»
 * finds no differences, «Обновить классы ABC» reports its outcome. Then the API is asked whether the reorder point,
 * the alert and the recorded reconciliation run are what the screens showed. Screenshots (desk and phone) land in
 * local/target/e2e-screenshots/live-stock.
 */
class LiveStockFlowFunctionalTests {

    static final String[] SCREENSHOTS = { "stock-item-reorder.png", "stock-item-reorder-phone.png",
            "stock-reorder-error.png", "stock-reorder-phone.png", "stock-live.png", "stock-live-phone.png",
            "stock-live-unavailable.png", "stock-reconciliation.png", "stock-reconciliation-phone.png",
            "stock-abc.png" };

    @Test
    void aReorderPointSetInTheWebUiRaisesTheLowStockAlertAndTheLedgerReconciles() throws Exception {
        Path data = Files.createTempDirectory("dozor-live-stock");
        Path screenshots = Path.of("target", "e2e-screenshots", "live-stock").toAbsolutePath();
        String password = "live-stock-flow-test";
        // No scheduled reconciliation: the runs the API lists are the ones the screens started.
        try (LocalPlatform platform = LocalPlatform.start(LocalOptions.forTests(data, password,
                Map.of("dozor.batch.dw-refresh.scheduled", "false", "dozor.stock.reconciliation.enabled", "false")))) {
            String baseUrl = "http://127.0.0.1:" + platform.webPort();
            String output = BrowserFlows.run("live-stock.e2e.mjs", baseUrl, password, screenshots, 360);

            TestHttp admin = new TestHttp(baseUrl).basic("admin", password);
            String item = printed(output, "ITEM_ID");
            String warehouse = printed(output, "WAREHOUSE_ID");

            JsonNode points = admin.get("/api/v1/stock/reorder-points?itemId=" + item).json();
            assertThat(points).hasSize(1);
            assertThat(points.get(0).get("warehouseId").asString()).isEqualTo(warehouse);
            assertThat(points.get(0).get("reorderPoint").decimalValue()).isEqualByComparingTo(BigDecimal.TEN);
            assertThat(points.get(0).get("source").asString()).isEqualTo("MANUAL");
            assertThat(points.get(0).get("updatedBy").asString()).isEqualTo("admin");

            // 5 received, 1 written off: 4 available under the point of 10.
            JsonNode alert = StreamSupport.stream(admin.get("/api/v1/stock/live/alerts").json().spliterator(), false)
                    .filter(a -> a.get("itemId").asString().equals(item)).findFirst().orElseThrow();
            assertThat(alert.get("warehouseId").asString()).isEqualTo(warehouse);
            assertThat(alert.get("available").decimalValue()).isEqualByComparingTo("4");
            assertThat(alert.get("low").asBoolean()).isTrue();

            JsonNode runs = admin.get("/api/v1/stock/reconciliation/runs").json();
            assertThat(runs).isNotEmpty();
            assertThat(runs.get(0).get("trigger").asString()).isEqualTo("API");
            assertThat(runs.get(0).get("differences").asInt()).isZero();
            assertThat(runs.get(0).get("rowsChecked").asInt()).isPositive();

            assertThat(printed(output, "ABC_OUTCOME")).matches("Классы ABC обновлены\\. .*|Аналитика сейчас недоступна.*");
            for (String shot : SCREENSHOTS) {
                assertThat(screenshots.resolve(shot)).exists();
            }
        }
        finally {
            SharedEmbeddedServers.deleteQuietly(data);
        }
    }
}
