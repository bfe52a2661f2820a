package dozor.procurement.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dozor.api.security.Role;
import dozor.shared.Minsk;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * Purchasing over real HTTP: requests approved by role and amount, orders from them per supplier, deliveries
 * posted to the stock ledger, returns to the supplier, late lines and supplier performance. The procurement
 * threshold is raised to 2,000 BYN here, so the configuration is seen to be read.
 */
@TestPropertySource(properties = { "dozor.procurement.late-check.enabled=false",
        "dozor.procurement.approval.thresholds[0].role=PROCUREMENT",
        "dozor.procurement.approval.thresholds[0].up-to=2000",
        "dozor.procurement.approval.thresholds[1].role=MANAGER",
        "dozor.procurement.approval.thresholds[1].up-to=10000", "dozor.procurement.approval.thresholds[2].role=ADMIN" })
class PurchasingIntegrationTests extends ApiIntegrationTest {

    @Autowired
    SupplierReports reports;

    static LocalDate today() {
        return LocalDate.now(Minsk.ZONE);
    }

    String warehouse() {
        var r = as(Role.WAREHOUSE).post("/api/v1/stock/warehouses",
                Map.of("code", "P" + System.nanoTime() % 100_000_000, "name", "Склад закупок", "kind", "CENTRAL"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String item(String supplierId, boolean serial) {
        Map<String, Object> body = new HashMap<>(Map.of("sku", "PUR-" + System.nanoTime(), "name",
                "Закупаемая позиция", "category", "SPARE_PART", "unit", "PCS", "serialTracked", serial));
        if (supplierId != null) {
            body.put("supplierId", supplierId);
        }
        var r = as(Role.WAREHOUSE).post("/api/v1/stock/items", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String supplier(String name, String currency) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ops.supplier (id, code, name, currency, created_at)
                VALUES (:id, :code, :name, :currency, now())""").param("id", id)
                .param("code", "S" + System.nanoTime()).param("name", name).param("currency", currency).update();
        return id.toString();
    }

    void offer(String supplier, String item, String price, String currency, int leadDays) {
        jdbc.sql("""
                INSERT INTO ops.supplier_item (supplier_id, item_id, price, currency, lead_time_days, updated_at)
                VALUES (CAST(:s AS uuid), CAST(:i AS uuid), :price, :currency, :lead, now())""").param("s", supplier)
                .param("i", item).param("price", new BigDecimal(price)).param("currency", currency)
                .param("lead", leadDays).update();
    }

    String contract(String supplier, LocalDate from, LocalDate to) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ops.supplier_contract (id, supplier_id, number, valid_from, valid_to, created_at)
                VALUES (:id, CAST(:s AS uuid), :number, :from, :to, now())""").param("id", id).param("s", supplier)
                .param("number", "Д-" + System.nanoTime()).param("from", java.sql.Date.valueOf(from))
                .param("to", to == null ? null : java.sql.Date.valueOf(to)).update();
        return id.toString();
    }

    String demand(String item, String warehouse, String quantity) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ops.stock_demand (id, item_id, warehouse_id, quantity, status, created_by, created_at)
                VALUES (:id, CAST(:i AS uuid), CAST(:w AS uuid), :q, 'OPEN', 'engineer', now())""").param("id", id)
                .param("i", item).param("w", warehouse).param("q", new BigDecimal(quantity)).update();
        return id.toString();
    }

    static Map<String, Object> line(String item, String quantity, String price) {
        return new HashMap<>(Map.of("itemId", item, "quantity", new BigDecimal(quantity), "estimatedPrice",
                new BigDecimal(price)));
    }

    TestHttp.Response createRequest(Role role, String warehouse, List<Map<String, Object>> lines) {
        return as(role).post("/api/v1/procurement/requests", Map.of("warehouseId", warehouse, "lines", lines));
    }

    /** A submitted request of one line worth {@code amount} BYN, by {@code author}. */
    String submitted(Role author, String warehouse, String item, String amount) {
        var created = createRequest(author, warehouse, List.of(line(item, "1", amount)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(as(author).post("/api/v1/procurement/requests/" + id + "/submit", "").status()).isEqualTo(200);
        return id;
    }

    TestHttp.Response decide(Role role, String id, String action, String note) {
        return as(role).post("/api/v1/procurement/requests/" + id + "/" + action,
                note == null ? Map.of() : Map.of("note", note));
    }

    String status(String requestId) {
        return as(Role.PROCUREMENT).get("/api/v1/procurement/requests/" + requestId).json().get("status").asString();
    }

    long rowsAbout(String entityId) {
        return jdbc.sql("SELECT count(*) FROM ops.audit_log WHERE entity_id = :id").param("id", entityId)
                .query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM ops.outbox WHERE aggregate_id = :id").param("id", entityId)
                        .query(Long.class).single();
    }

    TestHttp.Response receive(Role role, String order, String line, String accepted, String rejected,
            String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("accepted", new BigDecimal(accepted));
        body.put("rejected", new BigDecimal(rejected));
        if (reason != null) {
            body.put("rejectReason", reason);
        }
        return as(role).post("/api/v1/procurement/orders/" + order + "/lines/" + line + "/receipts", body);
    }

    BigDecimal onHand(String item, String wh) {
        JsonNode rows = as(Role.WAREHOUSE).get("/api/v1/stock/balances?itemId=" + item + "&warehouseId=" + wh).json();
        return rows.isEmpty() ? BigDecimal.ZERO : rows.get(0).get("onHand").decimalValue();
    }

    long movements(String item) {
        return jdbc.sql("SELECT count(*) FROM ops.stock_movement WHERE item_id = CAST(:i AS uuid)").param("i", item)
                .query(Long.class).single();
    }

    JsonNode lineOf(JsonNode order, String item) {
        for (JsonNode l : order.get("lines")) {
            if (l.get("itemId").asString().equals(item)) {
                return l;
            }
        }
        throw new AssertionError("no line of " + item + " in " + order);
    }

    @Test
    void approvalFollowsTheConfiguredThresholdsAndNeverTheAuthor() {
        String wh = warehouse();
        String item = item(null, false);

        String small = submitted(Role.WAREHOUSE, wh, item, "1500");
        assertThat(decide(Role.PROCUREMENT, small, "approve", "Согласовано").json().get("status").asString())
                .as("1,500 BYN is within procurement's configured 2,000").isEqualTo("APPROVED");

        String middle = submitted(Role.WAREHOUSE, wh, item, "5000");
        long before = rowsAbout(middle);
        var refused = decide(Role.PROCUREMENT, middle, "approve", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("MANAGER");
        assertThat(status(middle)).isEqualTo("SUBMITTED");
        assertThat(rowsAbout(middle)).as("nothing written").isEqualTo(before);
        var approved = decide(Role.MANAGER, middle, "approve", null).json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedBy").asString()).isEqualTo("manager");

        String large = submitted(Role.WAREHOUSE, wh, item, "20000");
        assertThat(decide(Role.MANAGER, large, "approve", null).status()).isEqualTo(403);
        assertThat(decide(Role.PROCUREMENT, large, "reject", "Дорого").status()).as("rejecting needs the same right")
                .isEqualTo(403);
        assertThat(decide(Role.ADMIN, large, "approve", null).json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(decide(Role.ADMIN, large, "approve", null).status()).as("decided once").isEqualTo(409);

        String own = submitted(Role.PROCUREMENT, wh, item, "100");
        var self = decide(Role.PROCUREMENT, own, "approve", null);
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().get("detail").asString()).contains("Автор");
        assertThat(status(own)).isEqualTo("SUBMITTED");

        var noNote = decide(Role.MANAGER, own, "reject", " ");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        JsonNode rejected = decide(Role.MANAGER, own, "reject", "Не нужно").json();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("decisionNote").asString()).isEqualTo("Не нужно");
        assertThat(decide(Role.MANAGER, own, "approve", null).status()).isEqualTo(409);

        String draft = createRequest(Role.WAREHOUSE, wh, List.of(line(item, "1", "10"))).json().get("id").asString();
        assertThat(decide(Role.ADMIN, draft, "approve", null).status()).as("a draft is not yet submitted")
                .isEqualTo(409);
        assertThat(as(Role.PROCUREMENT).post("/api/v1/procurement/requests/" + draft + "/submit", "").status())
                .as("only the author submits").isEqualTo(403);
        assertThat(as(Role.WAREHOUSE).post("/api/v1/procurement/requests/" + draft + "/cancel", Map.of()).json()
                .get("status").asString()).isEqualTo("CANCELLED");
        assertThat(as(Role.WAREHOUSE).get("/api/v1/procurement/requests/" + draft).json().get("number").asString())
                .matches("ЗК-" + today().getYear() + "-\\d{5}");

        var events = jdbc.sql("""
                SELECT payload->>'toStatus' FROM ops.outbox
                 WHERE aggregate_id = :id AND topic = 'dozor.procurement.events' ORDER BY id""").param("id", middle)
                .query(String.class).list();
        assertThat(events).containsExactly("DRAFT", "SUBMITTED", "APPROVED");
    }

    @Test
    void badRequestsAreRefusedWritingNothing() {
        String wh = warehouse();
        String item = item(null, false);
        long requests = count("ops.purchase_request");

        var zero = createRequest(Role.WAREHOUSE, wh, List.of(line(item, "0", "1")));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body()).contains("lines[0].quantity");
        var unknown = createRequest(Role.WAREHOUSE, wh, List.of(line(UUID.randomUUID().toString(), "1", "1")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].itemId");
        var half = createRequest(Role.WAREHOUSE, wh, List.of(line(item, "1.5", "1")));
        assertThat(half.status()).as("pieces are whole").isEqualTo(400);
        var noWarehouse = createRequest(Role.WAREHOUSE, UUID.randomUUID().toString(), List.of(line(item, "1", "1")));
        assertThat(noWarehouse.json().get("errors").get(0).get("field").asString()).isEqualTo("warehouseId");
        assertThat(createRequest(Role.ENGINEER, wh, List.of(line(item, "1", "1"))).status()).isEqualTo(403);
        assertThat(count("ops.purchase_request")).isEqualTo(requests);
        assertThat(as(Role.WAREHOUSE).get("/api/v1/procurement/requests/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void aShortfallIsRequestedOnce() {
        String wh = warehouse();
        String item = item(null, false);
        String other = item(null, false);
        String demand = demand(item, wh, "3");
        Map<String, Object> covering = line(item, "3", "10");
        covering.put("demandId", demand);
        assertThat(createRequest(Role.WAREHOUSE, wh, List.of(covering)).status()).isEqualTo(201);
        long requests = count("ops.purchase_request");

        var twice = createRequest(Role.PROCUREMENT, wh, List.of(covering));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).contains("уже включена");
        Map<String, Object> wrongItem = line(other, "3", "10");
        wrongItem.put("demandId", demand(item, wh, "1"));
        assertThat(createRequest(Role.WAREHOUSE, wh, List.of(wrongItem)).json().get("errors").get(0).get("field")
                .asString()).isEqualTo("lines[0].demandId");
        assertThat(count("ops.purchase_request")).isEqualTo(requests);

        String first = as(Role.WAREHOUSE).get("/api/v1/procurement/requests?status=DRAFT").json().valueStream()
                .filter(r -> r.get("lines").get(0).path("demandId").asString("").equals(demand)).findFirst()
                .orElseThrow().get("id").asString();
        as(Role.WAREHOUSE).post("/api/v1/procurement/requests/" + first + "/cancel", Map.of("note", "Передумали"));
        assertThat(createRequest(Role.PROCUREMENT, wh, List.of(covering)).status())
                .as("a cancelled request lets go of its shortfall").isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM ops.audit_log WHERE entity_id = :id AND action = :a")
                .param("id", first).param("a", "PURCHASE_REQUEST_CANCELLED").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReturnOfStockNoLongerThereIsRefusedWhole() {
        String wh = warehouse();
        String supplier = supplier("ООО «Возврат»", "BYN");
        String item = item(null, false);
        JsonNode order = as(Role.PROCUREMENT).post("/api/v1/procurement/orders", Map.of("supplierId", supplier,
                "lines", List.of(Map.of("itemId", item, "warehouseId", wh, "quantity", 3, "price", 7)))).json();
        String id = order.get("id").asString();
        String lineId = order.get("lines").get(0).get("id").asString();
        as(Role.PROCUREMENT).post("/api/v1/procurement/orders/" + id + "/send", "");
        receive(Role.WAREHOUSE, id, lineId, "3", "0", null);
        assertThat(as(Role.WAREHOUSE).post("/api/v1/stock/movements", Map.of("kind", "WRITE_OFF", "itemId", item,
                "warehouseId", wh, "quantity", 3, "reason", "Разбито при разгрузке")).status()).isEqualTo(201);
        long returns = count("ops.purchase_return");
        long outbox = count("ops.outbox");

        var refused = as(Role.WAREHOUSE).post("/api/v1/procurement/orders/" + id + "/lines/" + lineId + "/returns",
                Map.of("quantity", 1, "source", "ACCEPTED", "reason", "Брак"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("insufficient-stock");
        assertThat(count("ops.purchase_return")).isEqualTo(returns);
        assertThat(count("ops.outbox")).isEqualTo(outbox);
        assertThat(as(Role.WAREHOUSE).get("/api/v1/procurement/orders/" + id).json().get("lines").get(0)
                .get("returnedQty").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void approvedLinesAreOrderedPerSupplierReceivedIntoStockAndReturned() {
        String wh = warehouse();
        String alpha = supplier("ООО «Альфа»", "BYN");
        String beta = supplier("Beta GmbH", "EUR");
        contract(alpha, today().minusYears(2), today().minusYears(1));
        String current = contract(alpha, today().minusDays(10), null);
        String lens = item(alpha, false);
        String cable = item(alpha, false);
        String board = item(null, false);
        offer(alpha, lens, "12.5", "BYN", 5);
        offer(alpha, cable, "3", "BYN", 10);
        offer(beta, board, "40", "EUR", 14);
        String demand = demand(lens, wh, "4");

        Map<String, Object> l1 = line(lens, "4", "12");
        l1.put("demandId", demand);
        Map<String, Object> l3 = line(board, "2", "100");
        l3.put("supplierId", beta);
        var created = createRequest(Role.WAREHOUSE, wh, List.of(l1, line(cable, "10", "3"), l3));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String request = created.json().get("id").asString();
        assertThat(created.json().get("amount").decimalValue()).isEqualByComparingTo("278.00");
        as(Role.WAREHOUSE).post("/api/v1/procurement/requests/" + request + "/submit", "");
        assertThat(as(Role.PROCUREMENT).post("/api/v1/procurement/orders/from-requests",
                Map.of("requestIds", List.of(request))).status()).as("not approved yet").isEqualTo(409);
        decide(Role.PROCUREMENT, request, "approve", null);
        assertThat(as(Role.WAREHOUSE).post("/api/v1/procurement/orders/from-requests",
                Map.of("requestIds", List.of(request))).status()).isEqualTo(403);

        var ordered = as(Role.PROCUREMENT).post("/api/v1/procurement/orders/from-requests",
                Map.of("requestIds", List.of(request)));
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
        assertThat(ordered.json()).hasSize(2);
        JsonNode a = null;
        JsonNode b = null;
        for (JsonNode o : ordered.json()) {
            if (o.get("supplierId").asString().equals(alpha)) {
                a = o;
            }
            else {
                b = o;
            }
        }
        assertThat(a.get("number").asString()).matches("ЗП-" + today().getYear() + "-\\d{5}");
        assertThat(a.get("currency").asString()).isEqualTo("BYN");
        assertThat(a.get("contractId").asString()).as("the contract in force").isEqualTo(current);
        assertThat(a.get("expectedDate").asString()).isEqualTo(today().plusDays(10).toString());
        assertThat(a.get("status").asString()).isEqualTo("DRAFT");
        JsonNode lensLine = lineOf(a, lens);
        assertThat(lensLine.get("price").decimalValue()).as("the supplier's price").isEqualByComparingTo("12.5");
        assertThat(lensLine.get("expectedDate").asString()).isEqualTo(today().plusDays(5).toString());
        assertThat(lineOf(a, cable).get("quantity").decimalValue()).isEqualByComparingTo("10");
        assertThat(b.get("supplierId").asString()).isEqualTo(beta);
        assertThat(b.get("currency").asString()).isEqualTo("EUR");
        assertThat(b.get("contractId").isNull()).isTrue();
        JsonNode afterOrder = as(Role.PROCUREMENT).get("/api/v1/procurement/requests/" + request).json();
        assertThat(afterOrder.get("status").asString()).isEqualTo("ORDERED");
        assertThat(afterOrder.get("lines")).allSatisfy(
                l -> assertThat(l.get("orderedQty").decimalValue()).isEqualByComparingTo(l.get("quantity").decimalValue()));

        String orderA = a.get("id").asString();
        String lensId = lensLine.get("id").asString();
        String cableId = lineOf(a, cable).get("id").asString();
        assertThat(receive(Role.WAREHOUSE, orderA, lensId, "1", "0", null).status()).as("not sent yet")
                .isEqualTo(409);
        assertThat(as(Role.PROCUREMENT).post("/api/v1/procurement/orders/" + orderA + "/send", "").json()
                .get("status").asString()).isEqualTo("SENT");
        assertThat(receive(Role.PROCUREMENT, orderA, lensId, "1", "0", null).status()).as("the warehouse receives")
                .isEqualTo(403);

        JsonNode first = receive(Role.WAREHOUSE, orderA, lensId, "2", "0", null).json();
        assertThat(first.get("orderStatus").asString()).isEqualTo("PARTIALLY_RECEIVED");
        assertThat(first.get("demandCovered").asBoolean()).isFalse();
        assertThat(onHand(lens, wh)).isEqualByComparingTo("2");
        var posted = jdbc.sql("""
                SELECT kind, quantity, unit_cost, reason FROM ops.stock_movement WHERE id = CAST(:id AS uuid)""")
                .param("id", first.get("movementIds").get(0).asString()).query().singleRow();
        assertThat(posted.get("kind")).isEqualTo("RECEIPT");
        assertThat((BigDecimal) posted.get("unit_cost")).isEqualByComparingTo("12.5");
        assertThat((String) posted.get("reason")).contains(a.get("number").asString());
        assertThat(jdbc.sql("SELECT status FROM ops.stock_demand WHERE id = CAST(:id AS uuid)").param("id", demand)
                .query(String.class).single()).isEqualTo("OPEN");

        JsonNode second = receive(Role.WAREHOUSE, orderA, lensId, "2", "0", null).json();
        assertThat(second.get("demandCovered").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT status FROM ops.stock_demand WHERE id = CAST(:id AS uuid)").param("id", demand)
                .query(String.class).single()).isEqualTo("COVERED");

        long lensMovements = movements(lens);
        var tooMuch = receive(Role.WAREHOUSE, orderA, lensId, "1", "0", null);
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("detail").asString()).contains("заказано 4");
        assertThat(movements(lens)).as("nothing posted").isEqualTo(lensMovements);
        assertThat(receive(Role.WAREHOUSE, orderA, cableId, "9", "1", null).json().get("errors").get(0)
                .get("field").asString()).isEqualTo("rejectReason");

        JsonNode last = receive(Role.WAREHOUSE, orderA, cableId, "9", "1", "Повреждена оплётка").json();
        assertThat(last.get("orderStatus").asString()).isEqualTo("RECEIVED");
        assertThat(onHand(cable, wh)).as("the rejected unit stays out of stock").isEqualByComparingTo("9");

        long cableMovements = movements(cable);
        String returns = "/api/v1/procurement/orders/" + orderA + "/lines/" + cableId + "/returns";
        var backRejected = as(Role.WAREHOUSE).post(returns,
                Map.of("quantity", 1, "source", "REJECTED", "reason", "Брак при приёмке"));
        assertThat(backRejected.status()).as(backRejected.body()).isEqualTo(201);
        assertThat(backRejected.json().get("movementId").isNull()).isTrue();
        assertThat(movements(cable)).isEqualTo(cableMovements);
        assertThat(as(Role.WAREHOUSE).post(returns, Map.of("quantity", 1, "source", "REJECTED", "reason", "Ещё"))
                .status()).as("only what was rejected goes back").isEqualTo(409);

        JsonNode defective = as(Role.WAREHOUSE).post(returns,
                Map.of("quantity", 2, "source", "ACCEPTED", "reason", "Не держит сигнал")).json();
        var writeOff = jdbc.sql("SELECT kind, quantity, reason FROM ops.stock_movement WHERE id = CAST(:id AS uuid)")
                .param("id", defective.get("movementId").asString()).query().singleRow();
        assertThat(writeOff.get("kind")).isEqualTo("WRITE_OFF");
        assertThat((BigDecimal) writeOff.get("quantity")).isEqualByComparingTo("-2");
        assertThat((String) writeOff.get("reason")).startsWith("Возврат поставщику «ООО «Альфа»»");
        assertThat(onHand(cable, wh)).isEqualByComparingTo("7");
        assertThat(as(Role.WAREHOUSE).get("/api/v1/procurement/orders/" + orderA).json().get("lines").findValues(
                "returnedQty").stream().map(JsonNode::decimalValue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("3");

        var events = jdbc.sql("""
                SELECT event_type FROM ops.outbox WHERE aggregate_id = :id AND topic = 'dozor.procurement.events'
                 ORDER BY id""").param("id", orderA).query(String.class).list();
        assertThat(events).containsExactly("PurchaseOrderStatusChanged", "PurchaseOrderStatusChanged",
                "PurchaseOrderStatusChanged", "GoodsReceived", "GoodsReceived", "PurchaseOrderStatusChanged",
                "GoodsReceived", "GoodsReturnedToSupplier", "GoodsReturnedToSupplier");

        String orderB = b.get("id").asString();
        assertThat(as(Role.PROCUREMENT).post("/api/v1/procurement/orders/" + orderB + "/cancel", "").json()
                .get("status").asString()).isEqualTo("CANCELLED");
        assertThat(status(request)).as("its lines may be ordered again").isEqualTo("APPROVED");
        var again = as(Role.PROCUREMENT).post("/api/v1/procurement/orders/from-requests",
                Map.of("requestIds", List.of(request))).json();
        assertThat(again).singleElement().satisfies(o -> assertThat(o.get("supplierId").asString()).isEqualTo(beta));
        assertThat(as(Role.PROCUREMENT).post("/api/v1/procurement/orders/" + orderA + "/cancel", "").status())
                .as("received orders stay").isEqualTo(409);
    }

    @Test
    void aSerialTrackedDeliveryNamesEveryUnit() {
        String wh = warehouse();
        String supplier = supplier("ООО «Регистратор»", "BYN");
        String dvr = item(null, true);
        var order = as(Role.PROCUREMENT).post("/api/v1/procurement/orders", Map.of("supplierId", supplier, "lines",
                List.of(Map.of("itemId", dvr, "warehouseId", wh, "quantity", 2, "price", 300))));
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        String id = order.json().get("id").asString();
        String lineId = order.json().get("lines").get(0).get("id").asString();
        as(Role.PROCUREMENT).post("/api/v1/procurement/orders/" + id + "/send", "");
        String path = "/api/v1/procurement/orders/" + id + "/lines/" + lineId + "/receipts";
        assertThat(as(Role.WAREHOUSE).post(path, Map.of("accepted", 2, "serials", List.of("SN-1"))).json()
                .get("errors").get(0).get("field").asString()).isEqualTo("serials");
        JsonNode receipt = as(Role.WAREHOUSE).post(path, Map.of("accepted", 2, "serials", List.of("SN-A1", "SN-A2")))
                .json();
        assertThat(receipt.get("movementIds")).hasSize(2);
        assertThat(as(Role.WAREHOUSE).get("/api/v1/stock/items/" + dvr + "/serials/SN-A2").json().get("status")
                .asString()).isEqualTo("IN_STOCK");
    }

    @Test
    void lateLinesAreListedAnnouncedOnceAndCountInSupplierPerformance() {
        String wh = warehouse();
        String supplier = supplier("ООО «Запаздывающий»", "BYN");
        String x = item(null, false);
        String y = item(null, false);
        String z = item(null, false);
        var past = as(Role.PROCUREMENT).post("/api/v1/procurement/orders", Map.of("supplierId", supplier, "lines",
                List.of(Map.of("itemId", x, "warehouseId", wh, "quantity", 1, "price", 1, "expectedDate",
                        today().minusDays(1).toString()))));
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].expectedDate");

        JsonNode order = as(Role.PROCUREMENT).post("/api/v1/procurement/orders", Map.of("supplierId", supplier,
                "lines", List.of(Map.of("itemId", x, "warehouseId", wh, "quantity", 10, "price", 5),
                        Map.of("itemId", y, "warehouseId", wh, "quantity", 5, "price", 5),
                        Map.of("itemId", z, "warehouseId", wh, "quantity", 4, "price", 5))))
                .json();
        String id = order.get("id").asString();
        as(Role.PROCUREMENT).post("/api/v1/procurement/orders/" + id + "/send", "");
        String lx = lineOf(order, x).get("id").asString();
        String ly = lineOf(order, y).get("id").asString();
        String lz = lineOf(order, z).get("id").asString();
        // The order was placed a while ago: x was due 3 days ago, z 2 days ago, y is due in 2 days.
        expect(lx, today().minusDays(3));
        expect(ly, today().plusDays(2));
        expect(lz, today().minusDays(2));

        receive(Role.WAREHOUSE, id, lx, "8", "2", "Трещины корпуса"); // complete today: 3 days late
        receive(Role.WAREHOUSE, id, ly, "5", "0", null); // complete, on time
        receive(Role.WAREHOUSE, id, lz, "1", "0", null); // 3 still owed, 2 days late
        as(Role.WAREHOUSE).post("/api/v1/procurement/orders/" + id + "/lines/" + ly + "/returns",
                Map.of("quantity", 1, "source", "ACCEPTED", "reason", "Брак"));

        JsonNode late = as(Role.ENGINEER).get("/api/v1/procurement/late-orders").json();
        List<JsonNode> ours = late.valueStream().filter(l -> l.get("orderId").asString().equals(id)).toList();
        assertThat(ours).singleElement().satisfies(l -> {
            assertThat(l.get("orderLineId").asString()).isEqualTo(lz);
            assertThat(l.get("daysLate").asLong()).isEqualTo(2);
            assertThat(l.get("outstanding").decimalValue()).isEqualByComparingTo("3");
            assertThat(l.get("supplierName").asString()).isEqualTo("ООО «Запаздывающий»");
        });

        assertThat(reports.announceLate()).isGreaterThanOrEqualTo(1);
        assertThat(reports.announceLate()).as("announced once").isZero();
        var notices = jdbc.sql("""
                SELECT u.username FROM ops.notice n JOIN ops.app_user u ON u.id = n.recipient_id
                 WHERE n.type = 'PURCHASE_LATE' AND n.entity_id = :id""").param("id", id).query(String.class).list();
        assertThat(notices).containsExactly("procurement");
        JsonNode feed = as(Role.PROCUREMENT).get("/api/v1/notifications").json();
        assertThat(feed.toString()).contains("Просрочена поставка по заказу " + order.get("number").asString());

        JsonNode performance = as(Role.MANAGER).get("/api/v1/procurement/supplier-performance?days=30").json();
        JsonNode p = performance.valueStream().filter(s -> s.get("supplierId").asString().equals(supplier))
                .findFirst().orElseThrow();
        assertThat(p.get("lines").asInt()).isEqualTo(3);
        assertThat(p.get("onTimeLines").asInt()).isEqualTo(1);
        assertThat(p.get("onTimePercent").decimalValue()).isEqualByComparingTo("33.3"); // 1 of 3
        assertThat(p.get("meanDelayDays").decimalValue()).isEqualByComparingTo("1.67"); // (3 + 0 + 2) / 3
        assertThat(p.get("receivedQty").decimalValue()).isEqualByComparingTo("16"); // 10 + 5 + 1
        assertThat(p.get("defectPercent").decimalValue()).isEqualByComparingTo("18.8"); // (2 rejected + 1 back) / 16
        assertThat(as(Role.MANAGER).get("/api/v1/procurement/supplier-performance?days=0").status()).isEqualTo(400);
    }

    @Test
    void parallelDeliveriesNeverReceiveMoreThanOrdered() throws Exception {
        String wh = warehouse();
        String supplier = supplier("ООО «Параллель»", "BYN");
        String item = item(null, false);
        JsonNode order = as(Role.PROCUREMENT).post("/api/v1/procurement/orders", Map.of("supplierId", supplier,
                "lines", List.of(Map.of("itemId", item, "warehouseId", wh, "quantity", 5, "price", 2)))).json();
        String id = order.get("id").asString();
        String lineId = order.get("lines").get(0).get("id").asString();
        as(Role.PROCUREMENT).post("/api/v1/procurement/orders/" + id + "/send", "");

        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return receive(Role.WAREHOUSE, id, lineId, "1", "0", null).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var call : calls) {
                statuses.add(call.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(onHand(item, wh)).isEqualByComparingTo("5");
        JsonNode after = as(Role.WAREHOUSE).get("/api/v1/procurement/orders/" + id).json();
        assertThat(after.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(after.get("lines").get(0).get("receivedQty").decimalValue()).isEqualByComparingTo("5");
        assertThat(as(Role.ANALYST).get("/api/v1/procurement/orders/" + id).status()).isEqualTo(403);
    }

    void expect(String lineId, LocalDate day) {
        jdbc.sql("UPDATE ops.purchase_order_line SET expected_date = :d WHERE id = CAST(:id AS uuid)")
                .param("d", java.sql.Date.valueOf(day)).param("id", lineId).update();
    }
}
