package dozor.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import dozor.embedded.SharedEmbeddedServers;
import dozor.testing.TestHttp;

/**
 * On the whole platform, a movement that takes an item below its reorder point reaches a buyer's feed as a «Мало на
 * складе» notice: ledger → outbox → {@code dozor.stock.events} → the streams' topology → {@code dozor.stock.alerts}
 * → the api's consumer → the notice. Stock back above the point and down again notifies again; the other roles hear
 * nothing.
 */
class LowStockNoticeFunctionalTests {

    @Test
    void aFallBelowTheReorderPointReachesTheBuyerThroughTheStreams() throws Exception {
        Path data = Files.createTempDirectory("dozor-low-stock");
        String password = "low-stock-flow-test";
        try (LocalPlatform platform = LocalPlatform.start(LocalOptions.forTests(data, password,
                Map.of("dozor.batch.dw-refresh.scheduled", "false", "dozor.stock.reconciliation.enabled", "false")))) {
            String baseUrl = "http://127.0.0.1:" + platform.webPort();
            TestHttp admin = new TestHttp(baseUrl).basic("admin", password);
            String userPassword = password + "-user";
            for (var user : Map.of("buyer.low", "PROCUREMENT", "engineer.low", "ENGINEER").entrySet()) {
                assertThat(admin.post("/api/v1/users", Map.of("username", user.getKey(), "displayName", "Сотрудник",
                        "password", userPassword, "roles", List.of(user.getValue()))).status()).isEqualTo(201);
            }
            TestHttp buyer = new TestHttp(baseUrl).basic("buyer.low", userPassword);
            TestHttp engineer = new TestHttp(baseUrl).basic("engineer.low", userPassword);

            String item = created(admin.post("/api/v1/stock/items", Map.of("sku", "LOW-FN-1", "name",
                    "Жёсткий диск 4 ТБ", "category", "SPARE_PART", "unit", "PCS", "serialTracked", false)));
            String warehouse = created(admin.post("/api/v1/stock/warehouses", Map.of("code", "LOWFN", "name",
                    "Центральный склад", "kind", "CENTRAL")));
            post(admin, "/api/v1/stock/movements", Map.of("kind", "RECEIPT", "itemId", item, "warehouseId", warehouse,
                    "quantity", 8, "unitCost", 120));
            assertThat(admin.put("/api/v1/stock/reorder-points", Map.of("itemId", item, "warehouseId", warehouse,
                    "reorderPoint", 5)).status()).isEqualTo(200);
            post(admin, "/api/v1/stock/movements", Map.of("kind", "WRITE_OFF", "itemId", item, "warehouseId",
                    warehouse, "quantity", 4, "reason", "Брак"));

            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> lowStockNotices(buyer, item).findAny().isPresent());
            assertThat(lowStockNotices(buyer, item)).singleElement(STRING).isEqualTo("«Жёсткий диск 4 ТБ», арт. "
                    + "LOW-FN-1: на складе «Центральный склад» (LOWFN) доступно 4 шт. — ниже точки заказа (5 шт.). "
                    + "При нынешнем расходе запаса хватит примерно на 4 недели.");

            // back above the point (the alert clears), then below it again: a new alert, a new notice
            post(admin, "/api/v1/stock/movements", Map.of("kind", "RECEIPT", "itemId", item, "warehouseId", warehouse,
                    "quantity", 6, "unitCost", 120));
            post(admin, "/api/v1/stock/movements", Map.of("kind", "WRITE_OFF", "itemId", item, "warehouseId",
                    warehouse, "quantity", 8, "reason", "Брак"));
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> lowStockNotices(buyer, item).count() == 2);
            assertThat(lowStockNotices(buyer, item).findFirst()).get(STRING).contains("доступно 2 шт.");
            assertThat(lowStockNotices(engineer, item)).isEmpty();
        }
        finally {
            SharedEmbeddedServers.deleteQuietly(data);
        }
    }

    private static String created(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static void post(TestHttp user, String path, Map<String, Object> body) {
        var r = user.post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** The texts of the user's low-stock notices about the item, newest first. */
    private static Stream<String> lowStockNotices(TestHttp user, String item) {
        var page = user.get("/api/v1/notifications?size=200").json().get("items");
        return StreamSupport.stream(page.spliterator(), false)
                .filter(n -> "STOCK_LOW".equals(n.get("type").asString())
                        && item.equals(n.get("entityId").asString()))
                .map(n -> n.get("text").asString());
    }
}
