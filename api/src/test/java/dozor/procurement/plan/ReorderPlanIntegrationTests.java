package dozor.procurement.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dozor.api.security.Role;
import dozor.shared.Minsk;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;

/**
 * The reorder plan through the API on the real database, with the hand-computed dataset of
 * {@link ReorderPlannerTests} (the working is there): history seeded as ledger rows in the last 12 full weeks,
 * positions as balances, an order line, a transfer in transit and an open shortfall. Then a purchase request raised
 * for the proposals makes a re-run propose nothing more for the same needs.
 */
/* Its movements are written with SQL (a history in the past), without balances: a database of its own, so the
 * ledger invariant other classes check on the shared one (on hand = Σ movements) is not broken by it. */
@org.springframework.test.context.TestPropertySource(properties = "dozor.test.database=reorder-plan")
class ReorderPlanIntegrationTests extends ApiIntegrationTest {

    TestHttp keeper() {
        return as(Role.WAREHOUSE);
    }

    TestHttp buyer() {
        return as(Role.PROCUREMENT);
    }

    String warehouse(String name) {
        var r = keeper().post("/api/v1/stock/warehouses", Map.of("code", "P" + System.nanoTime() % 100_000_000,
                "name", name, "kind", "REGIONAL"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String item(String name, String unit, String abc) {
        Map<String, Object> body = new HashMap<>(Map.of("sku", "PL-" + System.nanoTime(), "name", name, "category",
                "SPARE_PART", "unit", unit));
        if (abc != null) {
            body.put("abcClass", abc);
        }
        var r = keeper().post("/api/v1/stock/items", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String supplier(String code) {
        var r = buyer().post("/api/v1/procurement/suppliers", Map.of("code", code, "name", "ООО «" + code + "»"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    void offer(String supplier, String item, String price, int lead, String min, String pack) {
        var r = buyer().put("/api/v1/procurement/suppliers/" + supplier + "/items/" + item, Map.of("price",
                new BigDecimal(price), "currency", "BYN", "leadTimeDays", lead, "minOrderQty", new BigDecimal(min),
                "packSize", new BigDecimal(pack)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    void prefer(String item, String abc, String supplier) {
        Map<String, Object> body = new HashMap<>(Map.of("supplierId", supplier));
        body.put("abcClass", abc);
        var r = keeper().put("/api/v1/stock/items/" + item, body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** {@code weeksAgo} full weeks before the current one (1 = last week), on its Wednesday at noon, Minsk time. */
    static Instant inWeek(int weeksAgo) {
        LocalDate monday = ReorderPlans.currentWeek(Instant.now()).minusWeeks(weeksAgo);
        return monday.plusDays(2).atTime(12, 0).atZone(Minsk.ZONE).toInstant();
    }

    void consume(String item, String wh, String kind, Instant at, int quantity) {
        jdbc.sql("""
                INSERT INTO ops.stock_movement (id, item_id, warehouse_id, kind, quantity, unit_cost, on_hand_after,
                    average_cost_after, actor, at)
                VALUES (:id, CAST(:item AS uuid), CAST(:wh AS uuid), :kind, :q, 1, 100, 1, 'test', :at)
                """).param("id", UUID.randomUUID()).param("item", item).param("wh", wh).param("kind", kind)
                .param("q", BigDecimal.valueOf(kind.equals("RECEIPT") ? quantity : -quantity))
                .param("at", Timestamp.from(at)).update();
    }

    /** Weekly consumption, oldest (12 weeks ago) first. */
    void history(String item, String wh, String kind, int... weekly) {
        for (int i = 0; i < weekly.length; i++) {
            if (weekly[i] != 0) {
                consume(item, wh, kind, inWeek(weekly.length - i), weekly[i]);
            }
        }
    }

    void balance(String item, String wh, String onHand, String reserved) {
        jdbc.sql("INSERT INTO ops.stock_balance (item_id, warehouse_id, on_hand, reserved) VALUES (CAST(:i AS uuid), "
                + "CAST(:w AS uuid), :h, :r)").param("i", item).param("w", wh).param("h", new BigDecimal(onHand))
                .param("r", new BigDecimal(reserved)).update();
    }

    UUID request(String wh, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ops.purchase_request (id, number, warehouse_id, status, created_by, created_at)
                VALUES (:id, :n, CAST(:w AS uuid), :s, 'procurement', now())
                """).param("id", id).param("n", "ЗЗ-" + id).param("w", wh).param("s", status).update();
        return id;
    }

    void requestLine(UUID request, String item, String quantity, UUID demandId, String planLineKey) {
        jdbc.sql("""
                INSERT INTO ops.purchase_request_line (id, request_id, item_id, quantity, demand_id, plan_line_key)
                VALUES (:id, :r, CAST(:i AS uuid), :q, :d, :k)
                """).param("id", UUID.randomUUID()).param("r", request).param("i", item)
                .param("q", new BigDecimal(quantity)).param("d", demandId).param("k", planLineKey).update();
    }

    void orderLine(String supplier, String item, String wh, String status, String quantity, String received) {
        UUID order = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ops.purchase_order (id, number, supplier_id, status, currency, created_by, created_at)
                VALUES (:id, :n, CAST(:s AS uuid), :st, 'BYN', 'procurement', now())
                """).param("id", order).param("n", "ЗП-" + order).param("s", supplier).param("st", status).update();
        jdbc.sql("""
                INSERT INTO ops.purchase_order_line (id, order_id, item_id, warehouse_id, quantity, price, received_qty,
                    accepted_qty)
                VALUES (:id, :o, CAST(:i AS uuid), CAST(:w AS uuid), :q, 10, :r, :r)
                """).param("id", UUID.randomUUID()).param("o", order).param("i", item).param("w", wh)
                .param("q", new BigDecimal(quantity)).param("r", new BigDecimal(received)).update();
    }

    UUID shortfall(String item, String wh, String quantity) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ops.stock_demand (id, item_id, warehouse_id, quantity, request_id, status, created_by,
                    created_at)
                VALUES (:id, CAST(:i AS uuid), CAST(:w AS uuid), :q, :r, 'OPEN', 'engineer', now())
                """).param("id", id).param("i", item).param("w", wh).param("q", new BigDecimal(quantity))
                .param("r", UUID.randomUUID()).update();
        return id;
    }

    static JsonNode line(JsonNode plan, String itemId) {
        for (JsonNode line : plan) {
            if (line.get("itemId").asString().equals(itemId)) {
                return line;
            }
        }
        throw new AssertionError("no plan line for " + itemId + " in " + plan);
    }

    static BigDecimal dec(JsonNode line, String field) {
        return line.get(field).decimalValue();
    }

    @Test
    void theHandComputedPlanAndNoSecondProposalForTheSameNeed() {
        String wh = warehouse("Склад плана");
        String other = warehouse("Центральный");
        String a1 = item("Видеорегистратор", "PCS", "A");
        String b1 = item("Жёсткий диск", "PCS", "B");
        String c1 = item("Кабель питания", "M", "C");
        String d1 = item("Блок питания 12 В", "PCS", null);
        String main = supplier("MAIN");
        String cheap = supplier("CHEAP");
        String dear = supplier("DEAR");
        offer(main, a1, "300", 7, "5", "5");
        prefer(a1, "A", main);
        offer(dear, b1, "12", 3, "1", "1");
        offer(cheap, b1, "10", 14, "10", "1");
        offer(main, d1, "20", 10, "1", "4");
        prefer(d1, null, main);

        history(a1, wh, "ISSUE_TO_WORK", 10, 12, 10, 8, 10, 12, 10, 8, 10, 12, 10, 8);
        history(b1, wh, "SHIPMENT", 4, 6, 2, 8, 4, 6, 2, 8, 4, 6, 2, 8);
        history(c1, wh, "WRITE_OFF", 0, 0, 30, 0, 0, 0, 25, 0, 0, 0, 35, 0);
        // Not consumption, or not in the last 12 full weeks, or another warehouse's: none of it counts.
        consume(a1, wh, "ISSUE_TO_WORK", inWeek(13), 500);
        consume(a1, wh, "ISSUE_TO_WORK", Instant.now(), 500);
        consume(a1, wh, "TRANSFER_OUT", inWeek(3), 500);
        consume(a1, wh, "RECEIPT", inWeek(3), 500);
        consume(b1, other, "SHIPMENT", inWeek(2), 500);

        balance(a1, wh, "15", "3");
        balance(b1, wh, "8", "0");
        balance(c1, wh, "40", "0");
        orderLine(cheap, b1, wh, "SENT", "5", "2");
        orderLine(cheap, b1, wh, "RECEIVED", "50", "50");
        orderLine(cheap, b1, other, "SENT", "50", "0");
        requestLine(request(wh, "CANCELLED"), b1, "100", null, null);
        requestLine(request(wh, "REJECTED"), a1, "100", null, null);
        jdbc.sql("""
                INSERT INTO ops.stock_transfer (id, item_id, from_warehouse_id, to_warehouse_id, quantity, unit_cost,
                    status, dispatched_at, dispatched_by)
                VALUES (:id, CAST(:i AS uuid), CAST(:f AS uuid), CAST(:t AS uuid), 2, 10, 'IN_TRANSIT', now(), 'test')
                """).param("id", UUID.randomUUID()).param("i", b1).param("f", other).param("t", wh).update();
        UUID demand = shortfall(d1, wh, "7");

        JsonNode plan = as(Role.ENGINEER).get("/api/v1/procurement/plan?warehouseId=" + wh).json();
        assertThat(plan).hasSize(4);

        JsonNode a = line(plan, a1);
        assertThat(dec(a, "weeklyForecast")).isEqualByComparingTo("10");
        assertThat(dec(a, "weeklyStdDev")).isEqualByComparingTo("1.477");
        assertThat(a.get("xyzClass").asString()).isEqualTo("X");
        assertThat(a.get("supplierSource").asString()).isEqualTo("PREFERRED");
        assertThat(dec(a, "safetyStock")).isEqualByComparingTo("2.437");
        assertThat(dec(a, "reorderPoint")).isEqualByComparingTo("12.437");
        assertThat(dec(a, "targetStock")).isEqualByComparingTo("22.437");
        assertThat(dec(a, "position")).isEqualByComparingTo("12");
        assertThat(dec(a, "proposedQuantity")).isEqualByComparingTo("15");
        assertThat(dec(a, "daysOfCover")).isEqualByComparingTo("8.4");
        assertThat(a.get("explanation").get(0).get("text").asString())
                .startsWith("Средний спрос 10 шт./нед. за 12 нед.");

        JsonNode b = line(plan, b1);
        assertThat(b.get("supplierId").asString()).as("the cheapest offer").isEqualTo(cheap);
        assertThat(b.get("xyzClass").asString()).isEqualTo("Y");
        assertThat(dec(b, "onOrder")).as("5 ordered − 2 received; cancelled, received, elsewhere not")
                .isEqualByComparingTo("3");
        assertThat(dec(b, "inTransit")).isEqualByComparingTo("2");
        assertThat(dec(b, "position")).isEqualByComparingTo("13");
        assertThat(dec(b, "reorderPoint")).isEqualByComparingTo("14.227");
        assertThat(dec(b, "proposedQuantity")).as("the minimum order").isEqualByComparingTo("10");

        JsonNode c = line(plan, c1);
        assertThat(dec(c, "weeklyStdDev")).isEqualByComparingTo("13.734");
        assertThat(c.get("xyzClass").asString()).isEqualTo("Z");
        assertThat(c.get("supplierId").isNull()).isTrue();
        assertThat(dec(c, "reorderPoint")).isEqualByComparingTo("31.315");
        assertThat(dec(c, "proposedQuantity")).isZero();
        assertThat(dec(c, "daysOfCover")).isEqualByComparingTo("37.3");

        JsonNode d = line(plan, d1);
        assertThat(dec(d, "shortfalls")).isEqualByComparingTo("7");
        assertThat(d.get("abcClass").asString()).isEqualTo("C");
        assertThat(dec(d, "proposedQuantity")).isEqualByComparingTo("8");
        assertThat(d.get("daysOfCover").isNull()).isTrue();

        JsonNode one = buyer().get("/api/v1/procurement/plan/items/" + a1 + "?warehouseId=" + wh).json();
        assertThat(dec(one, "proposedQuantity")).isEqualByComparingTo("15");

        // The buyer raises a request for the proposals: the plan's key on one line, the shortfall on another.
        UUID raised = request(wh, "DRAFT");
        requestLine(raised, a1, "15", null, a.get("planLineKey").asString());
        requestLine(raised, d1, "8", demand, null);
        JsonNode again = buyer().get("/api/v1/procurement/plan?warehouseId=" + wh).json();
        assertThat(dec(line(again, a1), "onOrder")).isEqualByComparingTo("15");
        assertThat(dec(line(again, a1), "proposedQuantity")).isZero();
        assertThat(dec(line(again, d1), "proposedQuantity")).isZero();
        assertThat(dec(line(again, b1), "proposedQuantity")).isEqualByComparingTo("10");
        JsonNode proposals = buyer().get("/api/v1/procurement/plan?proposalsOnly=true&warehouseId=" + wh).json();
        assertThat(proposals).extracting(n -> n.get("itemId").asString()).containsExactly(b1);

        // Ordered: the request line turns into an order line; still counted once.
        jdbc.sql("UPDATE ops.purchase_request SET status = 'ORDERED' WHERE id = :id").param("id", raised).update();
        orderLine(main, a1, wh, "SENT", "15", "0");
        assertThat(dec(line(buyer().get("/api/v1/procurement/plan?warehouseId=" + wh).json(), a1), "onOrder"))
                .isEqualByComparingTo("15");
    }

    @Test
    void badPlanRequestsAreProblemsNotFaults() {
        assertThat(buyer().get("/api/v1/procurement/plan").status()).isEqualTo(400);
        assertThat(buyer().get("/api/v1/procurement/plan?warehouseId=nope").status()).isEqualTo(400);
        var missing = buyer().get("/api/v1/procurement/plan?warehouseId=" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Склад");
        String wh = warehouse("Склад без позиций");
        assertThat(buyer().get("/api/v1/procurement/plan?warehouseId=" + wh).json()).isEmpty();
        assertThat(buyer().get("/api/v1/procurement/plan/items/" + UUID.randomUUID() + "?warehouseId=" + wh)
                .status()).isEqualTo(404);
        assertThat(anonymous().get("/api/v1/procurement/plan?warehouseId=" + wh).status()).isEqualTo(401);
    }
}
