package dozor.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.LogisticsData;
import tools.jackson.databind.JsonNode;

/** The swap-pool replacement flow end to end, through the ledger, with both units' serial histories. */
class SwapsIntegrationTests extends ApiIntegrationTest {

    final LogisticsData data = new LogisticsData(this::as);

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void aSwapUnitGoesOutAndComesBackWhileTheCustomersUnitIsRepairedAndTheSwapThenCloses() {
        String swapItem = data.item("Подменный регистратор", true);
        String customerItem = data.item("Регистратор клиента", true);
        String pool = data.warehouse("SWAP_POOL");
        String repair = data.warehouse("REPAIR_LINE");
        data.stock(swapItem, pool, 1, "POOL-1");
        String request = data.request();

        var opened = as(Role.LOGISTICS).post("/api/v1/logistics/swaps", body(request, swapItem, "POOL-1", pool,
                customerItem, "CUST-1", repair));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode swap = opened.json();
        String id = swap.get("id").asString();
        assertThat(swap.get("status").asString()).isEqualTo("OPEN");
        String replacement = swap.get("replacementShipmentId").asString();
        String pickup = swap.get("pickupShipmentId").asString();
        assertThat(data.shipment(replacement).get("kind").asString()).isEqualTo("SWAP_REPLACEMENT");
        assertThat(data.shipment(pickup).get("kind").asString()).isEqualTo("PICKUP");
        assertThat(data.shipment(pickup).get("requestId").asString()).isEqualTo(request);

        var again = as(Role.LOGISTICS).post("/api/v1/logistics/swaps", body(request, swapItem, "POOL-1", pool,
                customerItem, "CUST-1", repair));
        assertThat(again.status()).as("the unit is promised to the first swap").isIn(400, 409);

        data.dispatch(replacement, Map.of());
        data.dispatch(pickup, Map.of());
        var early = as(Role.LOGISTICS).post("/api/v1/logistics/swaps/" + id + "/send-back", sendBack());
        assertThat(early.status()).as("the customer's unit is not in yet").isEqualTo(409);
        assertThat(as(Role.WAREHOUSE).post("/api/v1/logistics/shipments/" + pickup + "/receive", Map.of()).status())
                .isEqualTo(200);

        var back = as(Role.LOGISTICS).post("/api/v1/logistics/swaps/" + id + "/send-back", sendBack());
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        String repaired = back.json().get("repairedShipmentId").asString();
        String poolReturn = back.json().get("poolReturnShipmentId").asString();
        JsonNode open = as(Role.ENGINEER).get("/api/v1/logistics/swaps").json();
        assertThat(open).anySatisfy(s -> {
            assertThat(s.get("id").asString()).isEqualTo(id);
            assertThat(s.get("daysOut").asLong()).isZero();
        });

        data.dispatch(repaired, Map.of());
        assertThat(swap(id).get("status").asString()).as("the swap unit is still out").isEqualTo("OPEN");
        data.dispatch(poolReturn, Map.of());
        assertThat(as(Role.WAREHOUSE).post("/api/v1/logistics/shipments/" + poolReturn + "/receive", Map.of())
                .status()).isEqualTo(200);

        JsonNode closed = swap(id);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedAt").isNull()).isFalse();
        assertThat(as(Role.ENGINEER).get("/api/v1/logistics/swaps").json())
                .noneSatisfy(s -> assertThat(s.get("id").asString()).isEqualTo(id));

        JsonNode swapUnit = as(Role.WAREHOUSE).get("/api/v1/stock/items/" + swapItem + "/serials/POOL-1").json();
        assertThat(swapUnit.get("status").asString()).isEqualTo("IN_STOCK");
        assertThat(swapUnit.get("warehouseId").asString()).isEqualTo(pool);
        assertThat(swapUnit.get("movements")).extracting(m -> m.get("kind").asString())
                .containsExactlyInAnyOrder("RECEIPT", "SHIPMENT", "RETURN_FROM_CUSTOMER");
        JsonNode customerUnit = as(Role.WAREHOUSE).get("/api/v1/stock/items/" + customerItem + "/serials/CUST-1")
                .json();
        assertThat(customerUnit.get("status").asString()).isEqualTo("WITH_CUSTOMER");
        assertThat(customerUnit.get("movements")).extracting(m -> m.get("kind").asString())
                .containsExactlyInAnyOrder("RETURN_FROM_CUSTOMER", "SHIPMENT");
    }

    @Test
    void aSwapNeedsAUnitThatIsInASwapPoolAndARepairLine() {
        String swapItem = data.item("Подменный регистратор", true);
        String customerItem = data.item("Регистратор клиента", true);
        String pool = data.warehouse("SWAP_POOL");
        String central = data.warehouse("CENTRAL");
        String repair = data.warehouse("REPAIR_LINE");
        data.stock(swapItem, central, 1, "CENTRAL-1");
        String request = data.request();
        long before = count("ops.shipment") + count("ops.swap");

        assertField(as(Role.LOGISTICS).post("/api/v1/logistics/swaps", body(request, swapItem, "CENTRAL-1", central,
                customerItem, "C-2", repair)), "poolWarehouseId");
        assertField(as(Role.LOGISTICS).post("/api/v1/logistics/swaps", body(request, swapItem, "CENTRAL-1", pool,
                customerItem, "C-2", repair)), "swapSerial");
        assertField(as(Role.LOGISTICS).post("/api/v1/logistics/swaps", body(request, swapItem, "CENTRAL-1", pool,
                customerItem, "C-2", central)), "repairWarehouseId");
        assertThat(count("ops.shipment") + count("ops.swap")).isEqualTo(before);
    }

    void assertField(dozor.testing.TestHttp.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    JsonNode swap(String id) {
        return as(Role.LOGISTICS).get("/api/v1/logistics/swaps/" + id).json();
    }

    static Map<String, Object> sendBack() {
        return Map.of("carrier", "OWN_COURIER", "plannedDate", DAY.plusDays(10).toString());
    }

    static Map<String, Object> body(String request, String swapItem, String swapSerial, String pool,
            String customerItem, String customerSerial, String repair) {
        return new HashMap<>(Map.of("requestId", request, "swapItemId", swapItem, "swapSerial", swapSerial,
                "poolWarehouseId", pool, "customerItemId", customerItem, "customerSerial", customerSerial,
                "repairWarehouseId", repair, "address", "г. Брест, ул. Гоголя, 5", "carrier", "OWN_COURIER",
                "plannedDate", DAY.toString()));
    }
}
