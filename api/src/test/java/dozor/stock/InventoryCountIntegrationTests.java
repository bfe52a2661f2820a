package dozor.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;

/** Inventory counts over real HTTP: a sheet of book quantities, counted quantities, differences posted to the ledger. */
class InventoryCountIntegrationTests extends ApiIntegrationTest {

    TestHttp keeper() {
        return as(Role.WAREHOUSE);
    }

    String item(String unit, boolean serial) {
        var r = keeper().post("/api/v1/stock/items", Map.of("sku", "CNT-" + System.nanoTime(), "name",
                "Пересчёт " + unit, "category", "CONSUMABLE", "unit", unit, "serialTracked", serial));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String warehouse() {
        var r = keeper().post("/api/v1/stock/warehouses", Map.of("code", "C" + System.nanoTime() % 100_000_000,
                "name", "Склад пересчёта", "kind", "REGIONAL"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    void receive(String item, String wh, String quantity, String price) {
        var r = keeper().post("/api/v1/stock/movements", Map.of("kind", "RECEIPT", "itemId", item, "warehouseId", wh,
                "quantity", new BigDecimal(quantity), "unitCost", new BigDecimal(price)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    BigDecimal onHand(String item, String wh) {
        return keeper().get("/api/v1/stock/balances?itemId=" + item + "&warehouseId=" + wh).json().get(0)
                .get("onHand").decimalValue();
    }

    TestHttp.Response count(String sheet, String item, String counted) {
        return keeper().put("/api/v1/stock/counts/" + sheet + "/lines",
                Map.of("lines", List.of(Map.of("itemId", item, "counted", new BigDecimal(counted)))));
    }

    long rows(String table) {
        return count(table);
    }

    @Test
    void differencesBecomeAdjustmentsOfTheLedgerOnce() {
        String wh = warehouse();
        String cable = item("M", false);
        String lamp = item("PCS", false);
        String same = item("PCS", false);
        receive(cable, wh, "100.5", "2.40");
        receive(lamp, wh, "5", "10.00");
        receive(same, wh, "3", "7.00");

        JsonNode sheet = keeper().post("/api/v1/stock/counts", Map.of("warehouseId", wh, "note", "Квартальная"))
                .json();
        String id = sheet.get("id").asString();
        assertThat(sheet.get("status").asString()).isEqualTo("OPEN");
        assertThat(sheet.get("lines")).hasSize(3);
        assertThat(keeper().post("/api/v1/stock/counts/" + id + "/post", "").status()).as("nothing counted yet")
                .isEqualTo(400);

        assertThat(count(id, cable, "98.25").status()).isEqualTo(200);
        assertThat(count(id, lamp, "7").status()).isEqualTo(200);
        assertThat(count(id, same, "3").status()).isEqualTo(200);
        long movements = rows("ops.stock_movement");
        JsonNode posted = keeper().post("/api/v1/stock/counts/" + id + "/post", "").json();

        assertThat(posted.get("status").asString()).isEqualTo("POSTED");
        assertThat(onHand(cable, wh)).isEqualByComparingTo("98.25");
        assertThat(onHand(lamp, wh)).isEqualByComparingTo("7");
        assertThat(onHand(same, wh)).isEqualByComparingTo("3");
        assertThat(rows("ops.stock_movement") - movements).as("one adjustment per difference").isEqualTo(2);
        var kinds = jdbc.sql("""
                SELECT kind, quantity, unit_cost FROM ops.stock_movement
                 WHERE item_id IN (CAST(:a AS uuid), CAST(:b AS uuid)) AND kind LIKE 'ADJUSTMENT%' ORDER BY kind""")
                .param("a", cable).param("b", lamp).query().listOfRows();
        assertThat(kinds).extracting(r -> r.get("kind") + " " + ((BigDecimal) r.get("quantity")).stripTrailingZeros()
                .toPlainString() + " @" + ((BigDecimal) r.get("unit_cost")).stripTrailingZeros().toPlainString())
                .containsExactly("ADJUSTMENT_SHORTAGE -2.25 @2.4", "ADJUSTMENT_SURPLUS 2 @10");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.audit_log WHERE entity_id = :id AND action = 'STOCK_COUNT_POSTED'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        for (JsonNode line : posted.get("lines")) {
            assertThat(line.get("movementId").isNull()).isEqualTo(line.get("difference").decimalValue().signum() == 0);
        }

        assertThat(keeper().post("/api/v1/stock/counts/" + id + "/post", "").status()).as("posted once")
                .isEqualTo(409);
        assertThat(count(id, lamp, "9").status()).as("a posted sheet is closed").isEqualTo(409);
        assertThat(onHand(lamp, wh)).isEqualByComparingTo("7");
    }

    @Test
    void aSheetWhoseStockMovedMeanwhileIsNotPosted() {
        String wh = warehouse();
        String lamp = item("PCS", false);
        receive(lamp, wh, "5", "10.00");
        String id = keeper().post("/api/v1/stock/counts", Map.of("warehouseId", wh, "itemIds", List.of(lamp))).json()
                .get("id").asString();
        count(id, lamp, "5");
        receive(lamp, wh, "1", "10.00");
        long movements = rows("ops.stock_movement");
        var refused = keeper().post("/api/v1/stock/counts/" + id + "/post", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("было 5, сейчас 6");
        assertThat(rows("ops.stock_movement")).isEqualTo(movements);
        assertThat(keeper().post("/api/v1/stock/counts/" + id + "/cancel", "").json().get("status").asString())
                .isEqualTo("CANCELLED");
    }

    @Test
    void badCountsAreRefusedWritingNothing() {
        String wh = warehouse();
        String lamp = item("PCS", false);
        String camera = item("PCS", true);
        receive(lamp, wh, "5", "10.00");
        long sheets = rows("ops.stock_count");
        Map<String, Object> noWarehouse = new HashMap<>();
        noWarehouse.put("warehouseId", null);
        assertThat(keeper().post("/api/v1/stock/counts", noWarehouse).status()).isEqualTo(400);
        assertThat(keeper().post("/api/v1/stock/counts", Map.of("warehouseId", wh, "itemIds", List.of(camera)))
                .status()).as("serial units are checked one by one").isEqualTo(400);
        assertThat(as(Role.ENGINEER).post("/api/v1/stock/counts", Map.of("warehouseId", wh)).status())
                .isEqualTo(403);
        assertThat(rows("ops.stock_count")).isEqualTo(sheets);

        String id = keeper().post("/api/v1/stock/counts", Map.of("warehouseId", wh, "itemIds", List.of(lamp))).json()
                .get("id").asString();
        var negative = count(id, lamp, "-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("errors")).isNotEmpty();
        assertThat(count(id, lamp, "2.5").status()).as("pieces are whole").isEqualTo(400);
        assertThat(count(id, item("PCS", false), "1").status()).as("not on this sheet").isEqualTo(400);
        assertThat(keeper().get("/api/v1/stock/counts/" + id).json().get("lines").get(0).get("counted").isNull())
                .isTrue();
        assertThat(as(Role.ENGINEER).get("/api/v1/stock/counts/" + id).status()).as("everyone reads").isEqualTo(200);
    }
}
