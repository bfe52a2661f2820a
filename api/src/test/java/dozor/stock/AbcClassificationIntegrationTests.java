package dozor.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;

/**
 * The catalogue's ABC classes filled from the analytics. The batch service's side of the contract
 * ({@code GET /internal/v1/stock/abc-xyz} from {@code mart.stock_abc_xyz}) is tested in batch's
 * {@code StockMartsFunctionalTests}; here a small HTTP server answers with that contract, so the test controls
 * what the analytics says.
 */
class AbcClassificationIntegrationTests extends ApiIntegrationTest {

    static final String TOKEN = "abc-test-token";

    static HttpServer batch;

    static volatile String answer = "[]";

    static volatile int status = 200;

    static volatile String tokenSeen;

    @DynamicPropertySource
    static void batchService(DynamicPropertyRegistry registry) throws IOException {
        batch = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        batch.createContext("/internal/v1/stock/abc-xyz", exchange -> {
            tokenSeen = exchange.getRequestHeaders().getFirst("X-Dozor-Internal-Token");
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        batch.start();
        registry.add("dozor.batch.url", () -> "http://127.0.0.1:" + batch.getAddress().getPort());
        registry.add("dozor.internal.token", () -> TOKEN);
        registry.add("dozor.stock.abc.scheduled", () -> "false");
    }

    @AfterAll
    static void stop() {
        batch.stop(0);
    }

    String item(String sku, String abc) {
        var body = new java.util.HashMap<String, Object>(Map.of("sku", sku + "-" + System.nanoTime(), "name",
                "Позиция " + sku, "category", "SPARE_PART", "unit", "PCS", "serialTracked", false));
        if (abc != null) {
            body.put("abcClass", abc);
        }
        var r = as(Role.WAREHOUSE).post("/api/v1/stock/items", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String abc(String item) {
        var node = as(Role.WAREHOUSE).get("/api/v1/stock/items/" + item).json().get("abcClass");
        return node == null || node.isNull() ? null : node.asString();
    }

    static String row(String item, String abc, String xyz) {
        return "{\"itemId\":\"" + item + "\",\"sku\":\"x\",\"abcClass\":\"" + abc + "\",\"xyzClass\":\"" + xyz
                + "\",\"consumedValue\":10,\"valueSharePercent\":1,\"variation\":0.1}";
    }

    @Test
    void theAnalyticsFillsClassesButNeverOverridesOneSetByHand() {
        String unclassified = item("X", null);
        String manual = item("Y", "C");
        String later = item("Z", null);
        answer = "[" + row(unclassified, "A", "X") + "," + row(manual, "A", "Y") + "," + row(later, "B", "Z") + ","
                + row("00000000-0000-0000-0000-000000000001", "C", "Z") + "]";

        var first = as(Role.PROCUREMENT).post("/api/v1/stock/abc-classes/apply", "");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("analysed").asInt()).isEqualTo(4);
        assertThat(first.json().get("changed").asInt()).isEqualTo(2);
        assertThat(first.json().get("keptManual").asInt()).isEqualTo(1);
        assertThat(first.json().get("unknown").asInt()).isEqualTo(1);
        assertThat(tokenSeen).as("the internal token travels").isEqualTo(TOKEN);
        assertThat(abc(unclassified)).isEqualTo("A");
        assertThat(abc(manual)).as("set by hand: kept").isEqualTo("C");
        assertThat(abc(later)).isEqualTo("B");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.audit_log WHERE action = 'STOCK_ITEM_CLASSIFIED'")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT payload->>'abcClass' FROM ops.outbox WHERE aggregate_id = :key ORDER BY occurred_at DESC LIMIT 1
                """).param("key", "item:" + unclassified).query(String.class).single())
                .as("published for the warehouse").isEqualTo("A");

        // The analytics changes its mind: an analytics class follows; then a user sets one, and it stays.
        answer = "[" + row(later, "A", "X") + "]";
        assertThat(as(Role.WAREHOUSE).post("/api/v1/stock/abc-classes/apply", "").json().get("changed").asInt())
                .isEqualTo(1);
        assertThat(abc(later)).isEqualTo("A");
        assertThat(as(Role.WAREHOUSE).put("/api/v1/stock/items/" + later, Map.of("abcClass", "C")).status())
                .isEqualTo(200);
        var again = as(Role.WAREHOUSE).post("/api/v1/stock/abc-classes/apply", "");
        assertThat(again.json().get("keptManual").asInt()).isEqualTo(1);
        assertThat(abc(later)).isEqualTo("C");

        // Re-applying the same answer changes nothing.
        answer = "[" + row(unclassified, "A", "X") + "]";
        assertThat(as(Role.WAREHOUSE).post("/api/v1/stock/abc-classes/apply", "").json().get("changed").asInt())
                .isZero();
    }

    @Test
    void anUnreachableAnalyticsIsA503AndChangesNothing() {
        String item = item("U", null);
        answer = "[" + row(item, "A", "X") + "]";
        status = 500;
        try {
            var r = as(Role.ADMIN).post("/api/v1/stock/abc-classes/apply", "");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().get("title").asString()).isEqualTo("Аналитика недоступна");
            assertThat(abc(item)).isNull();
        }
        finally {
            status = 200;
        }
    }

    @Test
    void onlyTheWarehouseProcurementAndAdministratorsApplyClasses() {
        assertThat(as(Role.ENGINEER).post("/api/v1/stock/abc-classes/apply", "").status()).isEqualTo(403);
        assertThat(as(Role.ANALYST).post("/api/v1/stock/abc-classes/apply", "").status()).isEqualTo(403);
    }
}
