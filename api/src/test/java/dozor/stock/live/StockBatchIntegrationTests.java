package dozor.stock.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * The batch of movements posts in a few statements what single calls post one by one, with the same ledger lines
 * (order, figures, moving average), the same balances, audit records and events; batches over the same rows in
 * crossing orders queue instead of deadlocking; a refusal names the first line a one-by-one posting would refuse.
 */
class StockBatchIntegrationTests extends ApiIntegrationTest {

    TestHttp warehouse() {
        return as(Role.WAREHOUSE);
    }

    String item(boolean serialTracked) {
        var r = warehouse().post("/api/v1/stock/items", Map.of("sku", "BATCH-" + System.nanoTime(), "name",
                "Товар", "category", "SPARE_PART", "unit", "PCS", "serialTracked", serialTracked));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String warehouseId() {
        var r = warehouse().post("/api/v1/stock/warehouses", Map.of("code", "B" + System.nanoTime() % 100_000_000,
                "name", "Склад", "kind", "CENTRAL"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    static Map<String, Object> line(String kind, String item, String wh, int quantity, String unitCost) {
        Map<String, Object> m = new HashMap<>(Map.of("kind", kind, "itemId", item, "warehouseId", wh, "quantity",
                quantity));
        if (unitCost != null) {
            m.put("unitCost", new BigDecimal(unitCost));
        }
        if (kind.equals("WRITE_OFF") || kind.startsWith("ADJUSTMENT")) {
            m.put("reason", "Инвентаризация");
        }
        return m;
    }

    /** A mixed sequence over two warehouses: receipts at uneven costs, write-offs, surpluses and shipments. */
    static List<Map<String, Object>> sequence(String item, String wh1, String wh2) {
        return List.of(line("RECEIPT", item, wh1, 10, "12.5"), line("RECEIPT", item, wh2, 7, "3.3333"),
                line("RECEIPT", item, wh1, 3, "7.1111"), line("WRITE_OFF", item, wh2, 2, null),
                line("SHIPMENT", item, wh1, 4, null), line("ADJUSTMENT_SURPLUS", item, wh2, 1, null),
                line("RECEIPT", item, wh2, 5, "0.0007"), line("RETURN_FROM_CUSTOMER", item, wh1, 1, "9.99"),
                line("ADJUSTMENT_SHORTAGE", item, wh1, 10, null), line("RECEIPT", item, wh1, 2, "100"));
    }

    /** The figures of a ledger line that do not depend on its item or its number. */
    static String figures(JsonNode m) {
        return m.get("kind").asString() + " " + m.get("quantity").decimalValue().stripTrailingZeros().toPlainString()
                + " @ " + m.get("unitCost").decimalValue().toPlainString() + " → "
                + m.get("onHandAfter").decimalValue().toPlainString() + " avg "
                + m.get("averageCostAfter").decimalValue().toPlainString();
    }

    @Test
    void aBatchPostsTheSameLinesBalancesAuditAndEventsAsSingleCallsInLineOrder() {
        String single = item(false);
        String batched = item(false);
        String wh1 = warehouseId();
        String wh2 = warehouseId();
        List<String> one = new ArrayList<>();
        for (Map<String, Object> m : sequence(single, wh1, wh2)) {
            var r = warehouse().post("/api/v1/stock/movements", m);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            one.add(figures(r.json()));
        }
        var posted = warehouse().post("/api/v1/stock/movements/batch", Map.of("movements",
                sequence(batched, wh1, wh2)));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        List<String> batch = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        posted.json().forEach(m -> {
            batch.add(figures(m));
            seqs.add(m.get("seq").asLong());
        });
        assertThat(batch).as("same figures, moving average included").isEqualTo(one);
        assertThat(seqs).as("ledger lines numbered in line order").isSorted().doesNotHaveDuplicates();

        for (String wh : List.of(wh1, wh2)) {
            JsonNode a = warehouse().get("/api/v1/stock/balances?itemId=" + single + "&warehouseId=" + wh).json()
                    .get(0);
            JsonNode b = warehouse().get("/api/v1/stock/balances?itemId=" + batched + "&warehouseId=" + wh).json()
                    .get(0);
            assertThat(b.get("onHand").decimalValue()).isEqualByComparingTo(a.get("onHand").decimalValue());
            assertThat(b.get("averageCost").decimalValue()).isEqualByComparingTo(a.get("averageCost")
                    .decimalValue());
            assertThat(jdbc.sql("SELECT sum(quantity) FROM ops.stock_movement WHERE item_id = CAST(:i AS uuid) "
                    + "AND warehouse_id = CAST(:w AS uuid)").param("i", batched).param("w", wh)
                    .query(BigDecimal.class).single()).isEqualByComparingTo(b.get("onHand").decimalValue());
        }

        // One event per line, in the relay's order, carrying the line's number and figures.
        List<JsonNode> events = jdbc.sql("""
                SELECT payload::text FROM ops.outbox WHERE event_type = 'StockMovementRecorded' AND aggregate_id = :i
                 ORDER BY id""").param("i", batched).query(String.class).list().stream()
                .map(TestHttp.JSON::readTree).toList();
        assertThat(events).hasSize(seqs.size());
        for (int i = 0; i < events.size(); i++) {
            JsonNode line = posted.json().get(i);
            assertThat(events.get(i).get("seq").asLong()).isEqualTo(seqs.get(i));
            assertThat(events.get(i).get("movementId").asString()).isEqualTo(line.get("id").asString());
            assertThat(new BigDecimal(events.get(i).get("onHandAfter").asString())).isEqualByComparingTo(line.get(
                    "onHandAfter").decimalValue());
            assertThat(new BigDecimal(events.get(i).get("averageCostAfter").asString())).isEqualByComparingTo(
                    line.get("averageCostAfter").decimalValue());
        }

        // One audit record per line, as a single posting writes: its kind, the balance before, the line after.
        for (int i = 0; i < seqs.size(); i++) {
            JsonNode line = posted.json().get(i);
            List<Map<String, Object>> audit = jdbc.sql("""
                    SELECT action, actor, before::text AS before, after::text AS after FROM ops.audit_log
                     WHERE entity_type = 'StockMovement' AND entity_id = :id""")
                    .param("id", line.get("id").asString()).query().listOfRows();
            assertThat(audit).hasSize(1);
            assertThat(audit.get(0).get("action")).isEqualTo("STOCK_" + line.get("kind").asString());
            assertThat(audit.get(0).get("actor")).isEqualTo(Role.WAREHOUSE.name().toLowerCase());
            JsonNode before = TestHttp.JSON.readTree((String) audit.get(0).get("before"));
            assertThat(before.get("onHand").decimalValue().add(line.get("quantity").decimalValue()))
                    .isEqualByComparingTo(line.get("onHandAfter").decimalValue());
            assertThat(TestHttp.JSON.readTree((String) audit.get(0).get("after")).get("seq").asLong())
                    .isEqualTo(seqs.get(i));
        }
    }

    @Test
    void batchesOverTheSameRowsInCrossingOrdersQueueInsteadOfDeadlocking() throws Exception {
        List<String[]> rows = new ArrayList<>();
        String whA = warehouseId();
        String whB = warehouseId();
        for (int i = 0; i < 3; i++) {
            String item = item(false);
            rows.add(new String[] { item, whA });
            rows.add(new String[] { item, whB });
        }
        int clients = 6;
        int batchesEach = 4;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long seed = 77L + c;
                results.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    List<Integer> statuses = new ArrayList<>();
                    for (int b = 0; b < batchesEach; b++) {
                        // Every batch touches every row, each in its own shuffled order, several times.
                        List<Map<String, Object>> lines = new ArrayList<>();
                        for (int k = 0; k < 5; k++) {
                            List<String[]> order = new ArrayList<>(rows);
                            Collections.shuffle(order, random);
                            order.forEach(r -> lines.add(line("RECEIPT", r[0], r[1], 1, "2")));
                        }
                        var r = warehouse().post("/api/v1/stock/movements/batch", Map.of("movements", lines));
                        statuses.add(r.status());
                    }
                    return statuses;
                }));
            }
            for (Future<List<Integer>> f : results) {
                assertThat(f.get()).containsOnly(201);
            }
        }
        finally {
            pool.shutdownNow();
        }
        for (String[] r : rows) {
            JsonNode b = warehouse().get("/api/v1/stock/balances?itemId=" + r[0] + "&warehouseId=" + r[1]).json()
                    .get(0);
            assertThat(b.get("onHand").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(clients * batchesEach
                    * 5));
            // Each row's lines carry the running total in the order of their numbers.
            List<BigDecimal> after = jdbc.sql("SELECT on_hand_after FROM ops.stock_movement WHERE item_id = "
                    + "CAST(:i AS uuid) AND warehouse_id = CAST(:w AS uuid) ORDER BY seq").param("i", r[0])
                    .param("w", r[1]).query(BigDecimal.class).list();
            for (int i = 0; i < after.size(); i++) {
                assertThat(after.get(i)).isEqualByComparingTo(BigDecimal.valueOf(i + 1));
            }
        }
    }

    @Test
    void theFirstRefusedLineIsNamedAsOneByOnePostingWouldNameItAndNothingIsWritten() {
        String item = item(false);
        String wh = warehouseId();
        long movements = count("ops.stock_movement");
        long events = count("ops.outbox");
        long audit = count("ops.audit_log");
        // Line 1 takes more than there is; line 2 names an unknown item: the shortage comes first.
        var shortage = warehouse().post("/api/v1/stock/movements/batch", Map.of("movements", List.of(
                line("RECEIPT", item, wh, 2, "5"), line("WRITE_OFF", item, wh, 3, null),
                line("RECEIPT", java.util.UUID.randomUUID().toString(), wh, 1, "5"))));
        assertThat(shortage.status()).as(shortage.body()).isEqualTo(409);
        assertThat(fields(shortage)).containsExactly("movements[1].quantity");
        assertThat(shortage.json().get("available").decimalValue()).isEqualByComparingTo("2");
        // Without the shortage the unknown item is the refusal.
        var unknown = warehouse().post("/api/v1/stock/movements/batch", Map.of("movements", List.of(
                line("RECEIPT", item, wh, 2, "5"), line("WRITE_OFF", item, wh, 1, null),
                line("RECEIPT", java.util.UUID.randomUUID().toString(), wh, 1, "5"))));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("movements[2].itemId");
        assertThat(List.of(count("ops.stock_movement"), count("ops.outbox"), count("ops.audit_log")))
                .isEqualTo(List.of(movements, events, audit));
    }

    @Test
    void serialUnitsInABatchAreStillCheckedLineByLine() {
        String item = item(true);
        String wh = warehouseId();
        Map<String, Object> first = line("RECEIPT", item, wh, 1, "40");
        first.put("serial", "SN-A");
        Map<String, Object> second = line("RECEIPT", item, wh, 1, "60");
        second.put("serial", "SN-B");
        Map<String, Object> out = line("WRITE_OFF", item, wh, 1, null);
        out.put("serial", "SN-A");
        var ok = warehouse().post("/api/v1/stock/movements/batch", Map.of("movements", List.of(first, second, out)));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get(2).get("onHandAfter").decimalValue()).isEqualByComparingTo("1");
        assertThat(ok.json().get(2).get("unitCost").decimalValue()).isEqualByComparingTo("50");

        Map<String, Object> again = line("WRITE_OFF", item, wh, 1, null);
        again.put("serial", "SN-A");
        var gone = warehouse().post("/api/v1/stock/movements/batch", Map.of("movements", List.of(again)));
        assertThat(gone.status()).as(gone.body()).isEqualTo(409);
    }

    static List<String> fields(TestHttp.Response r) {
        assertThat(r.header("Content-Type")).contains("application/problem+json");
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
