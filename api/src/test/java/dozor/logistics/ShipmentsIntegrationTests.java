package dozor.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.LogisticsData;
import tools.jackson.databind.JsonNode;

/** Shipments over real HTTP against the embedded PostgreSQL: planning, dispatch through the ledger, receipts. */
class ShipmentsIntegrationTests extends ApiIntegrationTest {

    final LogisticsData data = new LogisticsData(this::as);

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    BigDecimal onHand(String item, String wh) {
        JsonNode list = as(Role.WAREHOUSE).get("/api/v1/stock/balances?itemId=" + item + "&warehouseId=" + wh).json();
        return list.isEmpty() ? BigDecimal.ZERO : list.get(0).get("onHand").decimalValue();
    }

    List<Long> writtenRows() {
        return List.of(count("ops.shipment"), count("ops.shipment_line"), count("ops.shipment_status"),
                count("ops.stock_movement"), count("ops.stock_transfer"), count("ops.audit_log"), count("ops.outbox"));
    }

    long outboxOf(String type, String shipment) {
        return jdbc.sql("SELECT count(*) FROM ops.outbox WHERE event_type = :t AND aggregate_id = :id "
                + "AND topic = 'dozor.logistics.events'").param("t", type).param("id", shipment).query(Long.class)
                .single();
    }

    @Test
    void dispatchingToACustomerPostsShipmentMovementsWithTheStatusAndItsEvents() {
        String item = data.item("Видеорегистратор Hikvision", false);
        String wh = data.warehouse("CENTRAL");
        data.stock(item, wh, 5, null);
        String request = data.request();

        JsonNode planned = data.plan(data.toCustomer("NEW_EQUIPMENT", request, wh, item, 2, null, "CDEK", null, DAY));
        String id = planned.get("id").asString();
        assertThat(planned.get("status").asString()).isEqualTo("PLANNED");
        assertThat(planned.get("number").asString()).startsWith("ОТ-");
        assertThat(onHand(item, wh)).as("planning moves nothing").isEqualByComparingTo("5");
        assertThat(outboxOf("ShipmentPlanned", id)).isEqualTo(1);

        JsonNode dispatched = data.dispatch(id, Map.of("trackingNumber", "CDEK-100200"));
        assertThat(dispatched.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(dispatched.get("trackingNumber").asString()).isEqualTo("CDEK-100200");
        assertThat(dispatched.get("dispatchedAt").isNull()).isFalse();
        assertThat(onHand(item, wh)).isEqualByComparingTo("3");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.stock_movement WHERE item_id = CAST(:i AS uuid) AND kind = "
                + "'SHIPMENT' AND quantity = -2 AND request_id = CAST(:r AS uuid)").param("i", item)
                .param("r", request).query(Long.class).single()).isEqualTo(1);
        assertThat(outboxOf("ShipmentStatusChanged", id)).isEqualTo(1);

        JsonNode history = as(Role.ENGINEER).get("/api/v1/logistics/shipments/" + id + "/history").json();
        assertThat(history).extracting(h -> h.get("status").asString()).containsExactly("PLANNED", "DISPATCHED");
        assertThat(history.get(1).get("source").asString()).isEqualTo("USER");
        assertThat(history.get(1).get("actor").asString()).isEqualTo("logistics");

        var again = as(Role.LOGISTICS).post("/api/v1/logistics/shipments/" + id + "/dispatch", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(onHand(item, wh)).as("a second dispatch ships nothing").isEqualByComparingTo("3");
    }

    @Test
    void dispatchBeyondStockIsRefusedWholeAndWritesNothing() {
        String plenty = data.item("Кабель", false);
        String scarce = data.item("Жёсткий диск 4 ТБ", false);
        String wh = data.warehouse("CENTRAL");
        data.stock(plenty, wh, 10, null);
        data.stock(scarce, wh, 1, null);
        Map<String, Object> body = new HashMap<>(data.toCustomer("NEW_EQUIPMENT", null, wh, plenty, 4, null, "DPD",
                null, DAY));
        body.put("lines", List.of(Map.of("itemId", plenty, "quantity", 4), Map.of("itemId", scarce, "quantity", 2)));
        String id = data.plan(body).get("id").asString();
        List<Long> before = writtenRows();

        var refused = as(Role.LOGISTICS).post("/api/v1/logistics/shipments/" + id + "/dispatch", Map.of());

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("https://dozor.by/problems/insufficient-stock");
        assertThat(writtenRows()).as("nothing written, not even the first line's movement").isEqualTo(before);
        assertThat(onHand(plenty, wh)).isEqualByComparingTo("10");
        assertThat(data.shipment(id).get("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        String item = data.item("Камера", false);
        String wh = data.warehouse("CENTRAL");
        List<Long> before = writtenRows();

        Map<String, Object> noAddress = new HashMap<>(data.toCustomer("NEW_EQUIPMENT", null, wh, item, 1, null, "CDEK",
                null, DAY));
        noAddress.remove("address");
        assertField(as(Role.LOGISTICS).post("/api/v1/logistics/shipments", noAddress), "address");

        assertField(as(Role.LOGISTICS).post("/api/v1/logistics/shipments", data.toCustomer("NEW_EQUIPMENT", null, wh,
                item, 1, null, "PONY_EXPRESS", null, DAY)), "carrier");

        assertField(as(Role.LOGISTICS).post("/api/v1/logistics/shipments", data.toCustomer("REPAIRED_DEVICE", null,
                wh, item, 1, null, "CDEK", null, DAY)), "requestId");

        Map<String, Object> pickupFromWarehouse = new HashMap<>(data.toCustomer("PICKUP", data.request(), wh, item, 1,
                null, "CDEK", null, DAY));
        assertField(as(Role.LOGISTICS).post("/api/v1/logistics/shipments", pickupFromWarehouse), "toWarehouseId");

        Map<String, Object> unknownItem = new HashMap<>(data.toCustomer("NEW_EQUIPMENT", null, wh, item, 1, null,
                "CDEK", null, DAY));
        unknownItem.put("lines", List.of(Map.of("itemId", java.util.UUID.randomUUID().toString(), "quantity", 1)));
        assertField(as(Role.LOGISTICS).post("/api/v1/logistics/shipments", unknownItem), "lines[0].itemId");

        var badKind = as(Role.LOGISTICS).post("/api/v1/logistics/shipments", Map.of("kind", "TELEPORT"));
        assertThat(badKind.status()).isEqualTo(400);

        assertThat(as(Role.LOGISTICS).get("/api/v1/logistics/plan?date=вчера").status()).isEqualTo(400);
        assertThat(writtenRows().subList(0, 5)).isEqualTo(before.subList(0, 5));
    }

    void assertField(dozor.testing.TestHttp.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void onlyLogisticsTheWarehouseAndAdminsActWhileEveryStaffRoleReads() {
        String item = data.item("Блок питания", false);
        String wh = data.warehouse("CENTRAL");
        var body = data.toCustomer("NEW_EQUIPMENT", null, wh, item, 1, null, "CDEK", null, DAY);
        for (Role role : List.of(Role.ENGINEER, Role.DISPATCHER, Role.ACCOUNTANT)) {
            assertThat(as(role).post("/api/v1/logistics/shipments", body).status()).as(role.name()).isEqualTo(403);
        }
        assertThat(as(Role.WAREHOUSE).post("/api/v1/logistics/shipments", body).status()).isEqualTo(201);
        for (Role role : List.of(Role.ENGINEER, Role.DISPATCHER, Role.ACCOUNTANT, Role.MANAGER)) {
            assertThat(as(role).get("/api/v1/logistics/shipments?plannedDate=" + DAY).status()).as(role.name())
                    .isEqualTo(200);
        }
        assertThat(anonymous().get("/api/v1/logistics/carriers").status()).isEqualTo(401);
        assertThat(as(Role.ENGINEER).get("/api/v1/logistics/carriers").json()).extracting(c -> c.get("name")
                .asString()).contains("Белпочта", "Европочта", "СДЭК", "DPD", "Свой курьер");
    }

    @Test
    void aPickupEntersTheWarehouseOnlyWhenReceivedAndOnlyOnce() {
        String item = data.item("Регистратор клиента", true);
        String repair = data.warehouse("REPAIR_LINE");
        String request = data.request();
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PICKUP", "requestId", request, "toWarehouseId",
                repair, "address", "г. Гомель, ул. Советская, 1", "carrier", "OWN_COURIER", "plannedDate",
                DAY.toString(), "lines", List.of(Map.of("itemId", item, "quantity", 1, "serial", "CUST-77"))));
        String id = data.plan(body).get("id").asString();
        var early = as(Role.WAREHOUSE).post("/api/v1/logistics/shipments/" + id + "/receive", Map.of());
        assertThat(early.status()).as("nothing to receive before it is picked up").isEqualTo(409);

        data.dispatch(id, Map.of());
        assertThat(onHand(item, repair)).as("picked up is not yet ours to count").isEqualByComparingTo("0");
        var received = as(Role.WAREHOUSE).post("/api/v1/logistics/shipments/" + id + "/receive", Map.of());

        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().get("status").asString()).isEqualTo("DELIVERED");
        assertThat(received.json().get("receivedAt").isNull()).isFalse();
        assertThat(onHand(item, repair)).isEqualByComparingTo("1");
        JsonNode unit = as(Role.WAREHOUSE).get("/api/v1/stock/items/" + item + "/serials/CUST-77").json();
        assertThat(unit.get("status").asString()).isEqualTo("IN_STOCK");
        assertThat(unit.get("movements").get(0).get("kind").asString()).isEqualTo("RETURN_FROM_CUSTOMER");
        assertThat(as(Role.WAREHOUSE).post("/api/v1/logistics/shipments/" + id + "/receive", Map.of()).status())
                .isEqualTo(409);
        assertThat(onHand(item, repair)).isEqualByComparingTo("1");
    }

    @Test
    void aTransferShipmentMovesStockThroughTheLedgersTransfer() {
        String item = data.item("Монитор", false);
        String central = data.warehouse("CENTRAL");
        String regional = data.warehouse("REGIONAL");
        data.stock(item, central, 6, null);
        String id = data.plan(Map.of("kind", "TRANSFER", "fromWarehouseId", central, "toWarehouseId", regional,
                "carrier", "OWN_COURIER", "route", "Минск → Брест", "plannedDate", DAY.toString(), "lines",
                List.of(Map.of("itemId", item, "quantity", 4)))).get("id").asString();

        JsonNode dispatched = data.dispatch(id, Map.of());
        String transfer = dispatched.get("lines").get(0).get("transferId").asString();
        assertThat(onHand(item, central)).isEqualByComparingTo("2");
        assertThat(jdbc.sql("SELECT status FROM ops.stock_transfer WHERE id = CAST(:t AS uuid)").param("t", transfer)
                .query(String.class).single()).isEqualTo("IN_TRANSIT");

        var received = as(Role.WAREHOUSE).post("/api/v1/logistics/shipments/" + id + "/receive", Map.of());
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(onHand(item, regional)).isEqualByComparingTo("4");
        assertThat(jdbc.sql("SELECT status FROM ops.stock_transfer WHERE id = CAST(:t AS uuid)").param("t", transfer)
                .query(String.class).single()).isEqualTo("RECEIVED");
    }

    @Test
    void aReshipmentReplacesOnlyAFailedOrReturnedShipmentAndOnlyOnce() {
        String item = data.item("Регистратор", false);
        String wh = data.warehouse("CENTRAL");
        data.stock(item, wh, 3, null);
        String request = data.request();
        String first = data.plan(data.toCustomer("REPAIRED_DEVICE", request, wh, item, 1, null, "BELPOCHTA", null,
                DAY)).get("id").asString();
        Map<String, Object> reshipment = new HashMap<>(data.toCustomer("REPAIRED_DEVICE", request, wh, item, 1, null,
                "BELPOCHTA", null, DAY.plusDays(3)));
        reshipment.put("replacesId", first);
        assertField(as(Role.LOGISTICS).post("/api/v1/logistics/shipments", reshipment), "replacesId");

        data.dispatch(first, Map.of());
        var failed = as(Role.LOGISTICS).post("/api/v1/logistics/shipments/" + first + "/status",
                Map.of("status", "FAILED", "note", "Клиента не было на месте"));
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        var back = as(Role.LOGISTICS).post("/api/v1/logistics/shipments/" + first + "/status",
                Map.of("status", "IN_TRANSIT"));
        assertThat(back.status()).as("a failed shipment does not go back on its way").isEqualTo(409);
        assertThat(back.json().get("detail").asString()).as("the refusal speaks Russian, statuses too")
                .isEqualTo("Отгрузка " + failed.json().get("number").asString()
                        + " не доставлена: отметить её как «в пути» нельзя");
        assertThat(as(Role.ENGINEER).get("/api/v1/logistics/shipments/" + first + "/reshipments").json()).isEmpty();

        JsonNode second = data.plan(reshipment);
        assertThat(second.get("replacesId").asString()).isEqualTo(first);
        assertField(as(Role.LOGISTICS).post("/api/v1/logistics/shipments", reshipment), "replacesId");

        // The failed shipment's card finds its re-shipment; once that is cancelled, another may replace it.
        JsonNode reshipments = as(Role.ENGINEER).get("/api/v1/logistics/shipments/" + first + "/reshipments").json();
        assertThat(reshipments).hasSize(1);
        assertThat(reshipments.get(0).get("id").asString()).isEqualTo(second.get("id").asString());
        var cancelled = as(Role.LOGISTICS).post("/api/v1/logistics/shipments/" + second.get("id").asString()
                + "/status", Map.of("status", "CANCELLED", "note", "Клиент перенёс доставку"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        JsonNode third = data.plan(reshipment);
        reshipments = as(Role.ENGINEER).get("/api/v1/logistics/shipments/" + first + "/reshipments").json();
        assertThat(reshipments).hasSize(2);
        assertThat(reshipments.get(0).get("id").asString()).isEqualTo(third.get("id").asString());
        assertThat(reshipments.get(1).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(as(Role.ENGINEER).get("/api/v1/logistics/shipments/" + java.util.UUID.randomUUID()
                + "/reshipments").status()).isEqualTo(404);
    }

    @Test
    void reportedTimesMayNotBeInTheFutureNorBeforeThePreviousStatus() {
        String item = data.item("Регистратор", false);
        String wh = data.warehouse("CENTRAL");
        data.stock(item, wh, 1, null);
        String id = data.plan(data.toCustomer("NEW_EQUIPMENT", null, wh, item, 1, null, "DPD", null, DAY)).get("id")
                .asString();
        var future = as(Role.LOGISTICS).post("/api/v1/logistics/shipments/" + id + "/dispatch",
                Map.of("at", java.time.Instant.now().plusSeconds(3600).toString()));
        assertField(future, "at");
        String dispatchedAt = java.time.Instant.now().minusSeconds(7200).toString();
        data.dispatch(id, Map.of("at", dispatchedAt));
        assertField(as(Role.LOGISTICS).post("/api/v1/logistics/shipments/" + id + "/status", Map.of("status",
                "DELIVERED", "at", java.time.Instant.now().minusSeconds(9000).toString())), "at");
        List<String> statuses = new ArrayList<>();
        as(Role.LOGISTICS).get("/api/v1/logistics/shipments/" + id + "/history").json()
                .forEach(h -> statuses.add(h.get("status").asString()));
        assertThat(statuses).containsExactly("PLANNED", "DISPATCHED");
    }
}
