package dozor.stock.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import dozor.api.security.Role;
import dozor.stock.ReorderPointSource;
import dozor.stock.ReorderPoints;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * Reorder points, batch movements, live stock and reconciliation over real HTTP against the embedded PostgreSQL.
 * The streams app is a stand-in HTTP server here that answers its internal query endpoint with the rows a test
 * sets (the real topology is tested in the streams module and, with the whole platform, in {@code local}).
 */
class LiveStockIntegrationTests extends ApiIntegrationTest {

    static final String TOKEN = "live-stock-test-token";

    static final HttpServer streams = startStreams();

    static volatile String rowsJson = "[]";

    static volatile int streamsStatus = 200;

    /** What the api asked the streams (the scheduled reconciliation asks too, every second). */
    static final List<String> queries = java.util.Collections.synchronizedList(new ArrayList<>());

    @Autowired
    ReorderPoints reorderPoints;

    static HttpServer startStreams() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/internal/v1/stock/", exchange -> {
                queries.add(exchange.getRequestURI().toString());
                boolean authorised = TOKEN.equals(exchange.getRequestHeaders().getFirst("X-Dozor-Internal-Token"));
                byte[] body = (authorised ? rowsJson : "forbidden").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(authorised ? streamsStatus : 403, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @AfterAll
    static void stopStreams() {
        streams.stop(0);
    }

    @DynamicPropertySource
    static void liveStock(DynamicPropertyRegistry registry) {
        registry.add("dozor.streams.url", () -> "http://127.0.0.1:" + streams.getAddress().getPort());
        registry.add("dozor.internal.token", () -> TOKEN);
        registry.add("dozor.stock.reconciliation.interval", () -> "PT1S");
        registry.add("dozor.stock.reconciliation.grace", () -> "PT0S");
    }

    @BeforeEach
    void streamsAnswer() {
        rowsJson = "[]";
        streamsStatus = 200;
    }

    TestHttp warehouse() {
        return as(Role.WAREHOUSE);
    }

    String item(String unit) {
        var r = warehouse().post("/api/v1/stock/items", Map.of("sku", "LIVE-" + System.nanoTime(), "name",
                "Товар", "category", "SPARE_PART", "unit", unit, "serialTracked", false));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String warehouseId() {
        var r = warehouse().post("/api/v1/stock/warehouses", Map.of("code", "L" + System.nanoTime() % 100_000_000,
                "name", "Склад", "kind", "CENTRAL"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    static Map<String, Object> line(String kind, String item, String wh, String quantity) {
        Map<String, Object> m = new HashMap<>(Map.of("kind", kind, "itemId", item, "warehouseId", wh, "quantity",
                new BigDecimal(quantity)));
        if (kind.equals("RECEIPT")) {
            m.put("unitCost", 10);
        }
        if (kind.equals("WRITE_OFF")) {
            m.put("reason", "Брак");
        }
        return m;
    }

    List<Long> written() {
        return List.of(count("ops.stock_movement"), count("ops.outbox"), count("ops.audit_log"),
                count("ops.stock_reorder_point"));
    }

    static void fieldNamed(TestHttp.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains(field);
    }

    @Test
    void aReorderPointIsStoredAuditedAndPublishedOnce() {
        String item = item("PCS");
        String wh = warehouseId();
        var set = warehouse().put("/api/v1/stock/reorder-points", Map.of("itemId", item, "warehouseId", wh,
                "reorderPoint", 5));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("source").asString()).isEqualTo("MANUAL");
        assertThat(set.json().get("updatedBy").asString()).isEqualTo("warehouse");
        assertThat(published(item)).hasSize(1);
        assertThat(published(item).get(0).get("reorderPoint").asString()).isEqualTo("5.000");
        assertThat(count("ops.audit_log WHERE action = 'STOCK_REORDER_POINT_SET' AND entity_id = '" + item + "/"
                + wh + "'")).isEqualTo(1);

        var again = as(Role.PROCUREMENT).put("/api/v1/stock/reorder-points", Map.of("itemId", item, "warehouseId",
                wh, "reorderPoint", "5.000"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(published(item)).as("the same value again publishes nothing").hasSize(1);

        // The reorder plan writes its points through the Java API.
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "procurement", null, List.of()));
        try {
            reorderPoints.set(UUID.fromString(item), UUID.fromString(wh), new BigDecimal("7"),
                    ReorderPointSource.PLAN, "reorder-plan");
        }
        finally {
            SecurityContextHolder.clearContext();
        }
        JsonNode listed = as(Role.ENGINEER).get("/api/v1/stock/reorder-points?itemId=" + item).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("reorderPoint").decimalValue()).isEqualByComparingTo("7");
        assertThat(listed.get(0).get("source").asString()).isEqualTo("PLAN");
        assertThat(listed.get(0).get("updatedBy").asString()).isEqualTo("reorder-plan");
        assertThat(published(item)).hasSize(2);
        assertThat(published(item).get(1).get("source").asString()).isEqualTo("PLAN");
    }

    List<JsonNode> published(String item) {
        return jdbc.sql("""
                SELECT payload::text FROM ops.outbox
                 WHERE event_type = 'StockReorderPointChanged' AND aggregate_id = :item AND topic = 'dozor.stock.events'
                 ORDER BY id
                """).param("item", item).query(String.class).list().stream().map(TestHttp.JSON::readTree).toList();
    }

    @Test
    void aBadReorderPointIsRefusedNamingTheFieldAndNothingIsWritten() {
        String item = item("PCS");
        String wh = warehouseId();
        List<Long> before = written();
        fieldNamed(warehouse().put("/api/v1/stock/reorder-points", Map.of("itemId", item, "warehouseId", wh,
                "reorderPoint", -1)), 400, "reorderPoint");
        fieldNamed(warehouse().put("/api/v1/stock/reorder-points", Map.of("itemId", item, "warehouseId", wh,
                "reorderPoint", "1.5")), 400, "reorderPoint");
        fieldNamed(warehouse().put("/api/v1/stock/reorder-points", Map.of("itemId", UUID.randomUUID().toString(),
                "warehouseId", wh, "reorderPoint", 1)), 400, "itemId");
        fieldNamed(warehouse().put("/api/v1/stock/reorder-points", Map.of("itemId", item, "warehouseId",
                UUID.randomUUID().toString(), "reorderPoint", 1)), 400, "warehouseId");
        fieldNamed(warehouse().put("/api/v1/stock/reorder-points", Map.of("itemId", item, "warehouseId", wh)),
                400, "reorderPoint");
        assertThat(as(Role.ENGINEER).put("/api/v1/stock/reorder-points", Map.of("itemId", item, "warehouseId", wh,
                "reorderPoint", 1)).status()).isEqualTo(403);
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void aBatchPostsEveryMovementWithItsEventOrNoneAtAll() {
        String item = item("PCS");
        String wh = warehouseId();
        var ok = warehouse().post("/api/v1/stock/movements/batch", Map.of("movements", List.of(
                line("RECEIPT", item, wh, "10"), line("WRITE_OFF", item, wh, "3"), line("RECEIPT", item, wh, "1"))));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json()).hasSize(3);
        assertThat(ok.json().get(2).get("onHandAfter").decimalValue()).isEqualByComparingTo("8");
        List<JsonNode> events = jdbc.sql("""
                SELECT payload::text FROM ops.outbox WHERE event_type = 'StockMovementRecorded' AND aggregate_id = :i
                 ORDER BY id""").param("i", item).query(String.class).list().stream().map(TestHttp.JSON::readTree)
                .toList();
        assertThat(events).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(events.get(i).get("seq").asLong()).isEqualTo(ok.json().get(i).get("seq").asLong());
        }
        assertThat(count("ops.audit_log WHERE action = 'STOCK_WRITE_OFF'")).isPositive();

        List<Long> before = written();
        var tooMuch = warehouse().post("/api/v1/stock/movements/batch", Map.of("movements", List.of(
                line("RECEIPT", item, wh, "1"), line("WRITE_OFF", item, wh, "50"))));
        fieldNamed(tooMuch, 409, "movements[1].quantity");
        assertThat(written()).as("all or nothing").isEqualTo(before);

        fieldNamed(warehouse().post("/api/v1/stock/movements/batch", Map.of("movements", List.of(
                line("RECEIPT", item, wh, "1"), line("WRITE_OFF", item, wh, "-1")))), 400, "movements[1].quantity");
        var noReason = line("WRITE_OFF", item, wh, "1");
        noReason.remove("reason");
        fieldNamed(warehouse().post("/api/v1/stock/movements/batch", Map.of("movements", List.of(
                line("RECEIPT", item, wh, "1"), noReason))), 400, "movements[1].reason");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(line("RECEIPT", item, wh, "1"));
        }
        fieldNamed(warehouse().post("/api/v1/stock/movements/batch", Map.of("movements", tooMany)), 400,
                "movements");
        fieldNamed(warehouse().post("/api/v1/stock/movements/batch", Map.of("movements", List.of())), 400,
                "movements");
        assertThat(as(Role.ENGINEER).post("/api/v1/stock/movements/batch", Map.of("movements", List.of(
                line("RECEIPT", item, wh, "1")))).status()).isEqualTo(403);
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void liveStockComesFromTheStreamsAndIs503WhenTheyAreUnreachable() {
        UUID item = UUID.randomUUID();
        UUID wh = UUID.randomUUID();
        rowsJson = rows(row(item, wh, "4", "1", 7, "5"));
        var live = as(Role.DISPATCHER).get("/api/v1/stock/live?warehouseId=" + wh + "&itemId=" + item);
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        assertThat(List.copyOf(queries)).anyMatch(q -> q.startsWith("/internal/v1/stock/levels?")
                && q.contains("itemId=" + item) && q.contains("warehouseId=" + wh));
        assertThat(live.json().get(0).get("available").decimalValue()).isEqualByComparingTo("3");
        assertThat(live.json().get(0).get("appliedSeq").asLong()).isEqualTo(7);
        var alerts = as(Role.ACCOUNTANT).get("/api/v1/stock/live/alerts");
        assertThat(alerts.status()).isEqualTo(200);
        assertThat(List.copyOf(queries)).contains("/internal/v1/stock/alerts");

        streamsStatus = 503;
        var down = as(Role.DISPATCHER).get("/api/v1/stock/live");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.header("Content-Type")).contains("application/problem+json");
        assertThat(down.json().get("detail").asString()).contains("недоступны");
        assertThat(as(Role.ADMIN).get("/api/v1/stock/reconciliation").status()).isEqualTo(503);
        assertThat(as(Role.DISPATCHER).get("/api/v1/stock/reconciliation").status()).isEqualTo(403);
    }

    @Test
    void reconciliationComparesAtTheLineTheStreamsHaveAppliedAndFindsRealDifferences() {
        String item = item("PCS");
        String wh = warehouseId();
        var posted = warehouse().post("/api/v1/stock/movements/batch", Map.of("movements", List.of(
                line("RECEIPT", item, wh, "10"), line("WRITE_OFF", item, wh, "4"), line("RECEIPT", item, wh, "5"))))
                .json();
        long first = posted.get(0).get("seq").asLong();
        long second = posted.get(1).get("seq").asLong();
        long last = posted.get(2).get("seq").asLong();
        UUID i = UUID.fromString(item);
        UUID w = UUID.fromString(wh);

        // Everything the ledger has, other rows of other tests included, as the streams would show it.
        String agreeing = rows(ledgerRows().toArray(String[]::new));
        rowsJson = agreeing;
        JsonNode ok = reconcile();
        assertThat(ok.get("differences")).as(ok.toString()).isEmpty();
        assertThat(ok.get("rowsChecked").asInt()).isPositive();

        // The streams are behind: they have applied the second line only. Lag is no difference.
        rowsJson = replace(agreeing, item, wh, row(i, w, "6", "0", second, null));
        JsonNode lagging = reconcile();
        assertThat(lagging.get("differences")).as(lagging.toString()).isEmpty();
        assertThat(lagging.get("rowsBehind").asInt()).isEqualTo(1);

        // A line counted twice by the streams (or one withheld from them) is a difference.
        rowsJson = replace(agreeing, item, wh, row(i, w, "6", "0", first, null));
        assertThat(differences(reconcile())).containsExactly("ON_HAND " + item + " ledger 10 streams 6");

        rowsJson = replace(agreeing, item, wh, row(i, w, "11", "2", last, null));
        assertThat(differences(reconcile())).containsExactly("RESERVED " + item + " ledger 0 streams 2");

        UUID ghost = UUID.randomUUID();
        rowsJson = rows(ledgerRows().toArray(String[]::new)).replace("]", "," + row(ghost, w, "3", "0", 99, null)
                + "]");
        assertThat(differences(reconcile())).containsExactly("MISSING_IN_LEDGER " + ghost + " ledger null streams 3");

        rowsJson = replace(agreeing, item, wh, null);
        assertThat(differences(reconcile())).containsExactly("MISSING_IN_STREAMS " + item
                + " ledger 11 streams null");
        assertThat(count("ops.stock_reconciliation_run WHERE trigger = 'API' AND difference_count = 1"))
                .isGreaterThanOrEqualTo(4);
        assertThat(as(Role.ACCOUNTANT).get("/api/v1/stock/reconciliation/runs?limit=1").json().get(0)
                .get("differences").asInt()).isEqualTo(1);
    }

    @Test
    void theScheduledRunIsRecordedWithItsDifferencesAndTheGauge() {
        rowsJson = rows(row(UUID.randomUUID(), UUID.randomUUID(), "3", "0", 5, null));
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM ops.stock_reconciliation_run").query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                SELECT count(*) FROM ops.stock_reconciliation_run
                 WHERE id > :before AND trigger = 'SCHEDULE' AND differences @> '[{"kind":"MISSING_IN_LEDGER"}]'
                """).param("before", before).query(Long.class).single() > 0);
        String metrics = as(Role.ADMIN).get("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("dozor_stock_reconciliation_differences\\{[^}]*\\} [1-9]");
    }

    JsonNode reconcile() {
        var r = as(Role.WAREHOUSE).get("/api/v1/stock/reconciliation");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static List<String> differences(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("differences").forEach(d -> out.add(d.get("kind").asString() + " " + d.get("itemId").asString()
                + " ledger " + (d.get("ledger").isNull() ? "null" : d.get("ledger").decimalValue().stripTrailingZeros()
                        .toPlainString()) + " streams "
                + (d.get("streams").isNull() ? "null" : d.get("streams").decimalValue().stripTrailingZeros()
                        .toPlainString())));
        return out;
    }

    /** The ledger's every row as the streams would have it, caught up. */
    List<String> ledgerRows() {
        return jdbc.sql("""
                SELECT b.item_id, b.warehouse_id, b.on_hand, b.reserved, max(m.seq) AS seq
                  FROM ops.stock_balance b JOIN ops.stock_movement m USING (item_id, warehouse_id)
                 GROUP BY b.item_id, b.warehouse_id, b.on_hand, b.reserved
                """).query((rs, n) -> row(rs.getObject("item_id", UUID.class), rs.getObject("warehouse_id", UUID.class),
                        rs.getBigDecimal("on_hand").toPlainString(), rs.getBigDecimal("reserved").toPlainString(),
                        rs.getLong("seq"), null)).list();
    }

    static String replace(String rowsJson, String item, String wh, String with) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : TestHttp.JSON.readTree(rowsJson)) {
            if (r.get("itemId").asString().equals(item) && r.get("warehouseId").asString().equals(wh)) {
                if (with != null) {
                    out.add(with);
                }
            }
            else {
                out.add(r.toString());
            }
        }
        return rows(out.toArray(String[]::new));
    }

    static String rows(String... rows) {
        return "[" + String.join(",", rows) + "]";
    }

    static String row(UUID item, UUID wh, String onHand, String reserved, long seq, String reorderPoint) {
        BigDecimal available = new BigDecimal(onHand).subtract(new BigDecimal(reserved));
        boolean low = reorderPoint != null && available.compareTo(new BigDecimal(reorderPoint)) < 0;
        return TestHttp.JSON.writeValueAsString(new LiveStockRow(item, wh, new BigDecimal(onHand),
                new BigDecimal(reserved), available, reorderPoint == null ? null : new BigDecimal(reorderPoint), low,
                low ? java.time.Instant.now() : null, BigDecimal.ZERO, BigDecimal.ZERO, null, seq, null, null));
    }
}
