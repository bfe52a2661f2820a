package dozor.procurement.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Demand → purchase request: the plan's proposals become a draft request, and the plan then proposes no more. */
@TestPropertySource(properties = "dozor.procurement.late-check.enabled=false")
class PlanRequestsIntegrationTests extends ApiIntegrationTest {

    @Test
    void theProposalsBecomeOneDraftRequestAndAreNeverRaisedTwice() {
        UUID supplier = UUID.randomUUID();
        jdbc.sql("INSERT INTO ops.supplier (id, code, name, created_at) VALUES (:id, :c, 'ООО «План»', now())")
                .param("id", supplier).param("c", "PL" + System.nanoTime()).update();
        String wh = as(Role.WAREHOUSE).post("/api/v1/stock/warehouses", Map.of("code", "PL" + System.nanoTime()
                % 10_000_000, "name", "Центральный", "kind", "CENTRAL")).json().get("id").asString();
        var created = as(Role.WAREHOUSE).post("/api/v1/stock/items", Map.of("sku", "PL-" + System.nanoTime(), "name",
                "Вентилятор", "category", "SPARE_PART", "unit", "PCS", "serialTracked", false, "supplierId",
                supplier.toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String item = created.json().get("id").asString();
        jdbc.sql("""
                INSERT INTO ops.supplier_item (supplier_id, item_id, price, currency, lead_time_days, min_order_qty,
                    pack_size, updated_at)
                VALUES (:s, CAST(:i AS uuid), 12.5, 'BYN', 7, 10, 5, now())""").param("s", supplier).param("i", item)
                .update();
        // A reservation's shortfall of 7 with no stock and no history: need 7 → packs of 5 → 10, the minimum order 10.
        jdbc.sql("""
                INSERT INTO ops.stock_demand (id, item_id, warehouse_id, quantity, status, created_by, created_at)
                VALUES (:id, CAST(:i AS uuid), CAST(:w AS uuid), 7, 'OPEN', 'engineer', now())""")
                .param("id", UUID.randomUUID()).param("i", item).param("w", wh).update();

        assertThat(as(Role.ENGINEER).post("/api/v1/procurement/requests/from-plan", Map.of("warehouseId", wh))
                .status()).isEqualTo(403);
        var raised = as(Role.PROCUREMENT).post("/api/v1/procurement/requests/from-plan", Map.of("warehouseId", wh));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        JsonNode request = raised.json();
        assertThat(request.get("status").asString()).isEqualTo("DRAFT");
        assertThat(request.get("lines")).hasSize(1);
        JsonNode line = request.get("lines").get(0);
        assertThat(line.get("itemId").asString()).isEqualTo(item);
        assertThat(line.get("quantity").decimalValue()).isEqualByComparingTo("10");
        assertThat(line.get("estimatedPrice").decimalValue()).as("the supplier's price").isEqualByComparingTo("12.5");
        assertThat(line.get("supplierId").asString()).isEqualTo(supplier.toString());
        assertThat(line.get("planLineKey").asString()).isEqualTo("PLAN:" + wh + ":" + item);
        assertThat(request.get("amount").decimalValue()).isEqualByComparingTo("125.00");

        JsonNode plan = as(Role.PROCUREMENT).get("/api/v1/procurement/plan/items/" + item + "?warehouseId=" + wh)
                .json();
        assertThat(plan.get("proposedQuantity").decimalValue()).as("requested: on order now").isZero();
        long requests = count("ops.purchase_request");
        var again = as(Role.PROCUREMENT).post("/api/v1/procurement/requests/from-plan", Map.of("warehouseId", wh));
        assertThat(again.status()).as("nothing left to propose").isEqualTo(409);
        assertThat(count("ops.purchase_request")).isEqualTo(requests);
    }

    @Test
    void aPlanKeyMustNameTheLinesWarehouseAndItem() {
        String wh = as(Role.WAREHOUSE).post("/api/v1/stock/warehouses", Map.of("code", "PK" + System.nanoTime()
                % 10_000_000, "name", "Центральный", "kind", "CENTRAL")).json().get("id").asString();
        String item = as(Role.WAREHOUSE).post("/api/v1/stock/items", Map.of("sku", "PK-" + System.nanoTime(), "name",
                "Кабель", "category", "CONSUMABLE", "unit", "PCS", "serialTracked", false)).json().get("id")
                .asString();
        long requests = count("ops.purchase_request");
        var bad = as(Role.PROCUREMENT).post("/api/v1/procurement/requests", Map.of("warehouseId", wh, "lines",
                List.of(Map.of("itemId", item, "quantity", BigDecimal.ONE, "planLineKey",
                        "PLAN:" + wh + ":" + UUID.randomUUID()))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("lines[0].planLineKey");
        assertThat(count("ops.purchase_request")).isEqualTo(requests);
    }
}
