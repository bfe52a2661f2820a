package dozor.procurement.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dozor.api.security.Role;
import dozor.shared.Minsk;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;

/** Recorded plan runs, plan accuracy against the ledger, and the demand view, over real HTTP and SQL. */
/* Its movements are written with SQL (a history in the past), without balances: a database of its own, so the
 * ledger invariant other classes check on the shared one (on hand = Σ movements) is not broken by it. */
@org.springframework.test.context.TestPropertySource(properties = "dozor.test.database=plan-accuracy")
class PlanAccuracyIntegrationTests extends ApiIntegrationTest {

    static final LocalDate CURRENT = ReorderPlans.currentWeek(Instant.now());

    TestHttp buyer() {
        return as(Role.PROCUREMENT);
    }

    String warehouse() {
        var r = as(Role.WAREHOUSE).post("/api/v1/stock/warehouses", Map.of("code", "A" + System.nanoTime()
                % 100_000_000, "name", "Склад точности", "kind", "REGIONAL"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String item(String name) {
        var r = as(Role.WAREHOUSE).post("/api/v1/stock/items", Map.of("sku", "AC-" + System.nanoTime(), "name", name,
                "category", "SPARE_PART", "unit", "PCS", "abcClass", "B"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    static Instant at(LocalDate monday, int days, int hour) {
        return monday.plusDays(days).atTime(hour, 0).atZone(Minsk.ZONE).toInstant();
    }

    void consume(String item, String wh, Instant at, int quantity) {
        jdbc.sql("""
                INSERT INTO ops.stock_movement (id, item_id, warehouse_id, kind, quantity, unit_cost, on_hand_after,
                    average_cost_after, actor, at)
                VALUES (:id, CAST(:item AS uuid), CAST(:wh AS uuid), 'ISSUE_TO_WORK', :q, 1, 100, 1, 'test', :at)
                """).param("id", UUID.randomUUID()).param("item", item).param("wh", wh)
                .param("q", BigDecimal.valueOf(-quantity)).param("at", Timestamp.from(at)).update();
    }

    UUID run(Instant at, String wh, Map<String, String> forecasts) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ops.procurement_plan_run (id, warehouse_id, run_at, history_weeks, trigger, actor, lines,
                    proposals)
                VALUES (:id, CAST(:w AS uuid), :at, 12, 'SCHEDULED', 'system', :n, 0)
                """).param("id", id).param("w", wh).param("at", Timestamp.from(at)).param("n", forecasts.size())
                .update();
        forecasts.forEach((item, forecast) -> jdbc.sql("""
                INSERT INTO ops.procurement_plan_forecast (run_id, item_id, warehouse_id, weekly_forecast,
                    weekly_std_dev, proposed_qty)
                VALUES (:run, CAST(:i AS uuid), CAST(:w AS uuid), :f, 0, 0)
                """).param("run", id).param("i", item).param("w", wh).param("f", new BigDecimal(forecast)).update());
        return id;
    }

    @Test
    void accuracyComparesEachWeekWithTheLastRunBeforeIt() {
        String wh = warehouse();
        String x = item("Плата видеорегистратора");
        String y = item("Разъём");
        LocalDate w4 = CURRENT.minusWeeks(4);
        LocalDate w3 = CURRENT.minusWeeks(3);
        LocalDate w2 = CURRENT.minusWeeks(2);
        LocalDate w1 = CURRENT.minusWeeks(1);
        // R1 before week 3: x 10, y 4. R2 in the middle of week 2, so it plans week 1 only: x 12 (y keeps R1's 4).
        run(at(w3, -1, 9), wh, Map.of(x, "10", y, "4"));
        run(at(w2, 3, 9), wh, Map.of(x, "12"));
        consume(x, wh, at(w4, 1, 10), 100);   // before any run: not judged
        consume(x, wh, at(w3, 1, 10), 8);
        consume(x, wh, at(w2, 0, 0), 5);      // Monday 00:00 Minsk belongs to week 2
        consume(x, wh, at(w2, 6, 23), 7);
        consume(x, wh, at(w1, 2, 10), 15);
        consume(x, wh, Instant.now(), 100);   // the current week is not over
        consume(y, wh, at(w3, 4, 10), 4);
        consume(y, wh, at(w1, 4, 10), 6);
        // x: planned 10, 10, 12 vs actual 8, 12, 15 → |−2| + |2| + |3| = 7 of 35 → 1 − 0,2 = 0,8.
        // y: planned 4, 4, 4 vs actual 4, 0, 6 → 0 + 4 + 2 = 6 of 10 → 0,4.
        // overall: 13 of 45 → 1 − 0,2889 = 0,7111; planned 32 + 12 = 44.
        var r = as(Role.MANAGER).get("/api/v1/procurement/plan-accuracy?from=" + w4 + "&to=" + CURRENT.plusWeeks(1)
                + "&warehouseId=" + wh);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("weeks")).hasSize(4);
        assertThat(report.get("items")).hasSize(2);
        for (JsonNode line : report.get("items")) {
            JsonNode f = line.get("figures");
            if (line.get("itemId").asString().equals(x)) {
                assertThat(line.get("weeks")).extracting(w -> w.get("actual").decimalValue().intValue())
                        .containsExactly(8, 12, 15);
                assertThat(line.get("weeks")).extracting(w -> w.get("planned").decimalValue().intValue())
                        .containsExactly(10, 10, 12);
                assertThat(f.get("absoluteError").decimalValue()).isEqualByComparingTo("7");
                assertThat(f.get("accuracy").decimalValue()).isEqualByComparingTo("0.8");
            } else {
                assertThat(f.get("actual").decimalValue()).isEqualByComparingTo("10");
                assertThat(f.get("accuracy").decimalValue()).isEqualByComparingTo("0.4");
            }
        }
        JsonNode overall = report.get("overall");
        assertThat(overall.get("planned").decimalValue()).isEqualByComparingTo("44");
        assertThat(overall.get("actual").decimalValue()).isEqualByComparingTo("45");
        assertThat(overall.get("accuracy").decimalValue()).isEqualByComparingTo("0.7111");

        var backwards = buyer().get("/api/v1/procurement/plan-accuracy?from=" + w1 + "&to=" + w4);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(buyer().get("/api/v1/procurement/plan-accuracy?from=" + w1).status()).isEqualTo(400);
        assertThat(buyer().get("/api/v1/procurement/plan-accuracy?from=x&to=" + w1).status()).isEqualTo(400);
    }

    @Test
    void aRecordedRunKeepsEachLinesWeeklyForecast() {
        String wh = warehouse();
        String x = item("Шлейф");
        for (int week = 1; week <= 12; week++) {
            consume(x, wh, at(CURRENT.minusWeeks(week), 2, 12), 3);
        }
        long runs = count("ops.procurement_plan_run");
        assertThat(as(Role.WAREHOUSE).post("/api/v1/procurement/plan/runs?warehouseId=" + wh, "").status())
                .isEqualTo(403);
        var recorded = buyer().post("/api/v1/procurement/plan/runs?warehouseId=" + wh, "");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("lines").asInt()).isEqualTo(1);
        assertThat(recorded.json().get("trigger").asString()).isEqualTo("MANUAL");
        assertThat(count("ops.procurement_plan_run")).isEqualTo(runs + 1);
        assertThat(jdbc.sql("SELECT weekly_forecast FROM ops.procurement_plan_forecast WHERE run_id = CAST(:r AS uuid)")
                .param("r", recorded.json().get("id").asString()).query(BigDecimal.class).single())
                .isEqualByComparingTo("3");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.audit_log WHERE action = 'PROCUREMENT_PLAN_RECORDED'")
                .query(Long.class).single()).isEqualTo(1);
        // 3 a week, steady (σ 0), no supplier: 14 days' lead → reorder point 3 × 2 = 6, now the live threshold.
        var point = jdbc.sql("""
                SELECT reorder_point, source FROM ops.stock_reorder_point
                 WHERE item_id = CAST(:i AS uuid) AND warehouse_id = CAST(:w AS uuid)""").param("i", x).param("w", wh)
                .query().singleRow();
        assertThat((BigDecimal) point.get("reorder_point")).isEqualByComparingTo("6");
        assertThat(point.get("source")).isEqualTo("PLAN");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.outbox WHERE event_type = 'StockReorderPointChanged'")
                .query(Long.class).single()).isEqualTo(1);
        // A point typed by a person is theirs: the next run leaves it.
        assertThat(as(Role.WAREHOUSE).put("/api/v1/stock/reorder-points", Map.of("itemId", x, "warehouseId", wh,
                "reorderPoint", 10)).status()).isIn(200, 201);
        assertThat(buyer().post("/api/v1/procurement/plan/runs?warehouseId=" + wh, "").status()).isEqualTo(201);
        assertThat(jdbc.sql("""
                SELECT reorder_point FROM ops.stock_reorder_point
                 WHERE item_id = CAST(:i AS uuid) AND warehouse_id = CAST(:w AS uuid)""").param("i", x).param("w", wh)
                .query(BigDecimal.class).single()).isEqualByComparingTo("10");
        runs++;
        assertThat(buyer().post("/api/v1/procurement/plan/runs?warehouseId=" + UUID.randomUUID(), "").status())
                .isEqualTo(404);
        assertThat(count("ops.procurement_plan_run")).isEqualTo(runs + 1);
    }

    @Test
    void theDemandViewListsShortfallsByRequestAndProposalsWithTheirSource() {
        String wh = warehouse();
        String part = item("Модуль GPS");
        UUID project = UUID.randomUUID();
        UUID otherProject = UUID.randomUUID();
        UUID covered = UUID.randomUUID();
        for (Object[] d : new Object[][] { { covered, project, "3" }, { UUID.randomUUID(), otherProject, "2" } }) {
            jdbc.sql("""
                    INSERT INTO ops.stock_demand (id, item_id, warehouse_id, quantity, request_id, status, created_by,
                        created_at)
                    VALUES (:id, CAST(:i AS uuid), CAST(:w AS uuid), :q, :r, 'OPEN', 'engineer', now())
                    """).param("id", d[0]).param("i", part).param("w", wh).param("r", d[1])
                    .param("q", new BigDecimal((String) d[2])).update();
        }
        UUID request = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ops.purchase_request (id, number, warehouse_id, status, created_by, created_at)
                VALUES (:id, 'ЗЗ-1', CAST(:w AS uuid), 'SUBMITTED', 'procurement', now())
                """).param("id", request).param("w", wh).update();
        jdbc.sql("""
                INSERT INTO ops.purchase_request_line (id, request_id, item_id, quantity, demand_id)
                VALUES (:id, :r, CAST(:i AS uuid), 3, :d)
                """).param("id", UUID.randomUUID()).param("r", request).param("i", part).param("d", covered).update();

        JsonNode all = buyer().get("/api/v1/procurement/demand?warehouseId=" + wh).json();
        // Shortfalls 3 (requested) + 2 (not): no history, position 3 requested − 5 short = −2 ≤ 0 → 2 proposed.
        assertThat(all).extracting(e -> e.get("source").asString() + " " + e.get("quantity").decimalValue()
                .stripTrailingZeros().toPlainString() + " requested " + e.get("requested").decimalValue()
                        .stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("RESERVATION_SHORTFALL 3 requested 3", "RESERVATION_SHORTFALL 2 requested 0",
                        "REORDER_PLAN 2 requested 3");
        JsonNode proposal = all.get(2);
        assertThat(proposal.get("planLineKey").asString()).isEqualTo("PLAN:" + wh + ":" + part);
        assertThat(proposal.get("note").asString()).contains("заказать 2 шт.");

        JsonNode byProject = as(Role.ENGINEER).get("/api/v1/procurement/demand?requestId=" + otherProject).json();
        assertThat(byProject).hasSize(1);
        assertThat(byProject.get(0).get("requestId").asString()).isEqualTo(otherProject.toString());
        assertThat(buyer().get("/api/v1/procurement/demand?warehouseId=" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(buyer().get("/api/v1/procurement/demand?requestId=bad").status()).isEqualTo(400);
    }
}
