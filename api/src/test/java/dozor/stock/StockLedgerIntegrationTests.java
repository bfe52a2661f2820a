package dozor.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.Samples;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/** The stock ledger over real HTTP against the embedded PostgreSQL: movements, transfers, serials, reservations. */
class StockLedgerIntegrationTests extends ApiIntegrationTest {

    TestHttp warehouse() {
        return as(Role.WAREHOUSE);
    }

    String item(String sku, String unit, boolean serial) {
        var r = warehouse().post("/api/v1/stock/items", Map.of("sku", sku + "-" + System.nanoTime(), "name",
                "Товар " + sku, "category", "SPARE_PART", "unit", unit, "serialTracked", serial));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String warehouse(String kind) {
        Map<String, Object> body = new HashMap<>(Map.of("code", "W" + System.nanoTime() % 100_000_000, "name",
                "Склад " + kind, "kind", kind));
        if (kind.equals("VAN")) {
            body.put("holder", "engineer");
        }
        var r = warehouse().post("/api/v1/stock/warehouses", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** An open engineering task of a fresh request: what parts are issued to and reserved for. */
    String task() {
        Map<String, Object> body = new HashMap<>(Samples.requestBody());
        body.put("category", "CONSULTATION");
        body.put("serialNumber", "STOCK-" + System.nanoTime());
        String id = as(Role.DISPATCHER).post("/api/v1/requests", body).json().get("id").asString();
        assertThat(as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/transitions", Map.of("action", "TRIAGE"))
                .status()).isEqualTo(200);
        return as(Role.DISPATCHER).get("/api/v1/requests/" + id + "/tasks").json().get(0).get("id").asString();
    }

    TestHttp.Response move(TestHttp who, String kind, String item, String wh, String quantity,
            Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "itemId", item, "warehouseId", wh, "quantity",
                new BigDecimal(quantity)));
        body.putAll(extra);
        return who.post("/api/v1/stock/movements", body);
    }

    JsonNode balance(String item, String wh) {
        JsonNode list = warehouse().get("/api/v1/stock/balances?itemId=" + item + "&warehouseId=" + wh).json();
        return list.isEmpty() ? null : list.get(0);
    }

    BigDecimal onHand(String item, String wh) {
        JsonNode b = balance(item, wh);
        return b == null ? BigDecimal.ZERO : b.get("onHand").decimalValue();
    }

    long movementsOf(String item) {
        return jdbc.sql("SELECT count(*) FROM ops.stock_movement WHERE item_id = CAST(:i AS uuid)").param("i", item)
                .query(Long.class).single();
    }

    /** Rows every write touches: a refused call must leave all of them as they were. */
    List<Long> writtenRows() {
        return List.of(count("ops.stock_movement"), count("ops.stock_reservation"), count("ops.stock_demand"),
                count("ops.stock_transfer"), count("ops.audit_log"), count("ops.outbox"), count("ops.stock_item"),
                count("ops.stock_warehouse"));
    }

    @Test
    void onlyOneOfManyParallelIssuesGetsTheLastUnit() throws Exception {
        String item = item("LAST", "PCS", false);
        String wh = warehouse("CENTRAL");
        String task = task();
        assertThat(move(warehouse(), "RECEIPT", item, wh, "1", Map.of("unitCost", 40)).status()).isEqualTo(201);

        int callers = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<TestHttp.Response>> calls = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            calls.add(pool.submit(() -> {
                TestHttp http = warehouse();
                start.await();
                return move(http, "ISSUE_TO_WORK", item, wh, "1", Map.of("taskId", task));
            }));
        }
        start.countDown();
        List<TestHttp.Response> responses = new ArrayList<>();
        for (Future<TestHttp.Response> call : calls) {
            responses.add(call.get());
        }
        pool.shutdown();

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(callers - 1)
                .allSatisfy(r -> {
                    assertThat(r.header("Content-Type")).contains("application/problem+json");
                    assertThat(r.json().get("type").asString())
                            .isEqualTo("https://dozor.by/problems/insufficient-stock");
                });
        assertThat(onHand(item, wh)).isEqualByComparingTo("0");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.stock_movement WHERE item_id = CAST(:i AS uuid) AND kind = "
                + "'ISSUE_TO_WORK'").param("i", item).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void parallelReservationsAndIssuesNeverShareTheSameUnits() throws Exception {
        String item = item("RACE", "PCS", false);
        String wh = warehouse("CENTRAL");
        String task = task();
        move(warehouse(), "RECEIPT", item, wh, "2", Map.of("unitCost", 10));

        int callers = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<TestHttp.Response>> reservations = new ArrayList<>();
        List<Future<TestHttp.Response>> issues = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            boolean reserve = i % 2 == 0;
            (reserve ? reservations : issues).add(pool.submit(() -> {
                TestHttp http = reserve ? as(Role.ENGINEER) : warehouse();
                start.await();
                return reserve ? http.post("/api/v1/stock/reservations", Map.of("taskId", task, "warehouseId", wh,
                        "lines", List.of(Map.of("itemId", item, "quantity", 1))))
                        : move(http, "ISSUE_TO_WORK", item, wh, "1", Map.of("taskId", task));
            }));
        }
        start.countDown();
        BigDecimal reserved = BigDecimal.ZERO;
        for (Future<TestHttp.Response> r : reservations) {
            assertThat(r.get().status()).isEqualTo(201);
            for (JsonNode line : r.get().json().get("reservations")) {
                reserved = reserved.add(line.get("quantity").decimalValue());
            }
        }
        int issued = 0;
        for (Future<TestHttp.Response> r : issues) {
            assertThat(r.get().status()).isIn(201, 409);
            issued += r.get().status() == 201 ? 1 : 0;
        }
        pool.shutdown();

        assertThat(reserved.add(BigDecimal.valueOf(issued))).as("two units, each given once").isEqualByComparingTo("2");
        JsonNode b = balance(item, wh);
        assertThat(b.get("onHand").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(2 - issued));
        assertThat(b.get("reserved").decimalValue()).isEqualByComparingTo(reserved);
        assertThat(b.get("available").decimalValue()).isEqualByComparingTo("0");
        assertThat(warehouse().get("/api/v1/stock/demands?itemId=" + item).json()).as("the others became demand")
                .hasSize(5 - reserved.intValue());
    }

    @Test
    void costIsAMovingAveragePerItemAndWarehouse() {
        String item = item("AVG", "PCS", false);
        String wh = warehouse("CENTRAL");
        String other = warehouse("REGIONAL");
        move(warehouse(), "RECEIPT", item, wh, "10", Map.of("unitCost", new BigDecimal("5.00")));
        move(warehouse(), "RECEIPT", item, wh, "10", Map.of("unitCost", new BigDecimal("7.00")));
        move(warehouse(), "RECEIPT", item, other, "1", Map.of("unitCost", new BigDecimal("100")));
        assertThat(balance(item, wh).get("averageCost").decimalValue()).isEqualByComparingTo("6");
        var shipped = move(warehouse(), "SHIPMENT", item, wh, "15", Map.of());
        assertThat(shipped.json().get("unitCost").decimalValue()).as("out at the average").isEqualByComparingTo("6");
        move(warehouse(), "RECEIPT", item, wh, "15", Map.of("unitCost", new BigDecimal("10")));
        JsonNode b = balance(item, wh);
        assertThat(b.get("averageCost").decimalValue()).as("(5 × 6 + 15 × 10) / 20").isEqualByComparingTo("9");
        assertThat(b.get("value").decimalValue()).isEqualByComparingTo("180");
        assertThat(balance(item, other).get("averageCost").decimalValue()).as("per warehouse")
                .isEqualByComparingTo("100");
    }

    @Test
    void aTransferIsInTransitUntilTheDestinationReceivesIt() {
        String item = item("TRF", "M", false);
        String central = warehouse("CENTRAL");
        String van = warehouse("VAN");
        move(warehouse(), "RECEIPT", item, central, "100.5", Map.of("unitCost", new BigDecimal("2.40")));

        var refused = as(Role.LOGISTICS).post("/api/v1/stock/transfers", Map.of("itemId", item, "fromWarehouseId",
                central, "toWarehouseId", van, "quantity", 200));
        assertThat(refused.status()).isEqualTo(409);
        var sent = as(Role.LOGISTICS).post("/api/v1/stock/transfers", Map.of("itemId", item, "fromWarehouseId",
                central, "toWarehouseId", van, "quantity", new BigDecimal("30.25")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(onHand(item, central)).isEqualByComparingTo("70.25");
        assertThat(onHand(item, van)).as("not there yet").isEqualByComparingTo("0");
        assertThat(warehouse().get("/api/v1/stock/transfers?warehouseId=" + van + "&status=IN_TRANSIT").json())
                .hasSize(1);

        String id = sent.json().get("id").asString();
        assertThat(as(Role.LOGISTICS).post("/api/v1/stock/transfers/" + id + "/receive", "").status()).isEqualTo(200);
        assertThat(as(Role.LOGISTICS).post("/api/v1/stock/transfers/" + id + "/receive", "").status())
                .as("received once").isEqualTo(409);
        JsonNode vanBalance = balance(item, van);
        assertThat(vanBalance.get("onHand").decimalValue()).isEqualByComparingTo("30.25");
        assertThat(vanBalance.get("inTransit").decimalValue()).isEqualByComparingTo("0");
        assertThat(vanBalance.get("averageCost").decimalValue()).as("at the cost it left with")
                .isEqualByComparingTo("2.40");
        JsonNode ledger = warehouse().get("/api/v1/stock/items/" + item + "/movements").json();
        assertThat(ledger).extracting(m -> m.get("kind").asString()).containsExactly("TRANSFER_IN", "TRANSFER_OUT",
                "RECEIPT");
        assertThat(ledger.get(0).get("transferId").asString()).isEqualTo(id);
    }

    @Test
    void aSerialTrackedUnitHasATraceableHistory() {
        String item = item("DVR", "PCS", true);
        String central = warehouse("CENTRAL");
        String regional = warehouse("REGIONAL");
        String task = task();
        String serial = "HK-" + System.nanoTime();
        assertThat(move(warehouse(), "RECEIPT", item, central, "1", Map.of("unitCost", 850, "serial", serial))
                .status()).isEqualTo(201);
        assertThat(move(warehouse(), "RECEIPT", item, regional, "1", Map.of("unitCost", 850, "serial", serial))
                .status()).as("the same unit cannot be received twice").isEqualTo(409);
        assertThat(move(warehouse(), "RECEIPT", item, central, "1", Map.of("unitCost", 850)).status())
                .as("a serial number is required").isEqualTo(400);
        assertThat(move(warehouse(), "RECEIPT", item, central, "2", Map.of("unitCost", 850, "serial", "X")).status())
                .as("one unit at a time").isEqualTo(400);
        assertThat(move(warehouse(), "ISSUE_TO_WORK", item, regional, "1", Map.of("serial", serial, "taskId", task))
                .status()).as("not in that warehouse").isEqualTo(409);
        assertThat(move(warehouse(), "ISSUE_TO_WORK", item, central, "1", Map.of("serial", serial, "taskId", task))
                .status()).isEqualTo(201);
        assertThat(move(warehouse(), "RETURN_FROM_WORK", item, central, "1", Map.of("serial", serial, "taskId", task))
                .status()).isEqualTo(201);
        assertThat(move(as(Role.LOGISTICS), "SHIPMENT", item, central, "1", Map.of("serial", serial)).status())
                .isEqualTo(201);

        JsonNode history = warehouse().get("/api/v1/stock/items/" + item + "/serials/" + serial).json();
        assertThat(history.get("status").asString()).isEqualTo("WITH_CUSTOMER");
        assertThat(history.get("movements")).extracting(m -> m.get("kind").asString()).containsExactly("RECEIPT",
                "ISSUE_TO_WORK", "RETURN_FROM_WORK", "SHIPMENT");
        assertThat(history.get("movements").get(1).get("taskId").asString()).isEqualTo(task);
        assertThat(history.get("movements").get(1).get("requestId").isNull()).as("the task's request").isFalse();
        assertThat(history.get("movements").get(2).get("unitCost").decimalValue()).as("returns at its cost")
                .isEqualByComparingTo("850");
        assertThat(warehouse().get("/api/v1/stock/items/" + item + "/serials/NOPE").status()).isEqualTo(404);
    }

    @Test
    void aReservationTakesWhatIsAvailableAndTheShortfallBecomesDemand() {
        String item = item("RES", "PCS", false);
        String wh = warehouse("CENTRAL");
        String task = task();
        move(warehouse(), "RECEIPT", item, wh, "3", Map.of("unitCost", 12));

        var reserved = as(Role.ENGINEER).post("/api/v1/stock/reservations", Map.of("taskId", task, "warehouseId", wh,
                "lines", List.of(Map.of("itemId", item, "quantity", 5))));
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(201);
        assertThat(reserved.json().get("reservations").get(0).get("quantity").decimalValue()).isEqualByComparingTo("3");
        assertThat(reserved.json().get("demands").get(0).get("quantity").decimalValue()).isEqualByComparingTo("2");
        JsonNode b = balance(item, wh);
        assertThat(b.get("reserved").decimalValue()).isEqualByComparingTo("3");
        assertThat(b.get("available").decimalValue()).isEqualByComparingTo("0");
        assertThat(warehouse().get("/api/v1/stock/demands?itemId=" + item + "&status=OPEN").json()).hasSize(1);
        assertThat(move(warehouse(), "WRITE_OFF", item, wh, "1", Map.of("reason", "Брак")).status())
                .as("reserved stock is not free to take").isEqualTo(409);

        String reservation = reserved.json().get("reservations").get(0).get("id").asString();
        var released = as(Role.ENGINEER).delete("/api/v1/stock/reservations/" + reservation);
        assertThat(released.status()).isEqualTo(200);
        assertThat(balance(item, wh).get("available").decimalValue()).isEqualByComparingTo("3");
        assertThat(as(Role.ENGINEER).delete("/api/v1/stock/reservations/" + reservation).status()).isEqualTo(409);

        var again = as(Role.ENGINEER).post("/api/v1/stock/reservations", Map.of("taskId", task, "warehouseId", wh,
                "lines", List.of(Map.of("itemId", item, "quantity", 2))));
        String second = again.json().get("reservations").get(0).get("id").asString();
        assertThat(as(Role.ENGINEER).post("/api/v1/stock/reservations/" + second + "/issue", "").status())
                .as("the warehouse issues").isEqualTo(403);
        var issued = warehouse().post("/api/v1/stock/reservations/" + second + "/issue", "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().get("kind").asString()).isEqualTo("ISSUE_TO_WORK");
        b = balance(item, wh);
        assertThat(b.get("onHand").decimalValue()).isEqualByComparingTo("1");
        assertThat(b.get("reserved").decimalValue()).isEqualByComparingTo("0");
        assertThat(jdbc.sql("SELECT event_type FROM ops.outbox WHERE topic = 'dozor.stock.events' "
                + "AND aggregate_id = :i")
                .param("i", item).query(String.class).list()).contains("StockMovementRecorded", "StockReserved",
                        "StockDemandRaised", "StockReservationClosed");
    }

    @Test
    void aShortfallFoundAtDiagnosisMakesTheRequestAwaitAPurchase() {
        String item = item("PSU", "PCS", false);
        String wh = warehouse("CENTRAL");
        String task = task();
        move(warehouse(), "RECEIPT", item, wh, "1", Map.of("unitCost", 30));
        JsonNode consult = as(Role.DISPATCHER).get("/api/v1/tasks/" + task).json();
        TestHttp engineer = new TestHttp(baseUrl()).basic(consult.get("assignee").asString(), PASSWORD);
        assertThat(engineer.post("/api/v1/tasks/" + task + "/start", "{}").status()).isEqualTo(200);

        var r = engineer.post("/api/v1/stock/reservations", Map.of("taskId", task, "warehouseId", wh, "lines",
                List.of(Map.of("itemId", item, "quantity", 3)), "awaitPurchase", true));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String purchase = r.json().get("purchaseTaskId").asString();
        JsonNode purchaseTask = as(Role.DISPATCHER).get("/api/v1/tasks/" + purchase).json();
        assertThat(purchaseTask.get("kind").asString()).isEqualTo("PURCHASE_PARTS");
        assertThat(purchaseTask.get("note").asString()).contains("PSU-").contains("× 2");
        String request = purchaseTask.get("requestId").asString();
        assertThat(as(Role.DISPATCHER).get("/api/v1/requests/" + request).json().get("status").asString())
                .as("the request waits for the purchase").isEqualTo("AWAITING_PARTS");
        assertThat(balance(item, wh).get("reserved").decimalValue()).isEqualByComparingTo("1");

        var again = engineer.post("/api/v1/stock/reservations", Map.of("taskId", task, "warehouseId", wh, "lines",
                List.of(Map.of("itemId", item, "quantity", 1)), "awaitPurchase", true));
        assertThat(again.status()).as("the task already waits; nothing reserved either").isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM ops.stock_demand WHERE item_id = CAST(:i AS uuid)").param("i", item)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldsAndWritesNothing() {
        String item = item("BAD", "PCS", false);
        String wh = warehouse("CENTRAL");
        List<Long> before = writtenRows();

        var missing = warehouse().post("/api/v1/stock/movements", Map.of("kind", "RECEIPT", "quantity", -1));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).contains("application/problem+json");
        assertThat(missing.json().get("errors")).extracting(e -> e.get("field").asString())
                .contains("itemId", "warehouseId", "quantity");
        assertThat(move(warehouse(), "RECEIPT", item, wh, "1.5", Map.of("unitCost", 1)).json().get("errors").get(0)
                .get("field").asString()).as("pieces are whole").isEqualTo("quantity");
        assertThat(move(warehouse(), "RECEIPT", item, wh, "1", Map.of()).json().get("errors").get(0).get("field")
                .asString()).isEqualTo("unitCost");
        assertThat(move(warehouse(), "WRITE_OFF", item, wh, "1", Map.of()).json().get("errors").get(0).get("field")
                .asString()).isEqualTo("reason");
        assertThat(move(warehouse(), "ISSUE_TO_WORK", item, wh, "1", Map.of()).json().get("errors").get(0)
                .get("field").asString()).isEqualTo("taskId");
        assertThat(move(warehouse(), "RECEIPT", item, wh, "1", Map.of("unitCost", 1, "taskId",
                java.util.UUID.randomUUID().toString())).status()).isEqualTo(400);
        assertThat(move(warehouse(), "TRANSFER_IN", item, wh, "1", Map.of()).status()).isEqualTo(400);
        assertThat(warehouse().post("/api/v1/stock/movements", "{\"kind\":\"STEAL\"}").json().get("errors").get(0)
                .get("field").asString()).isEqualTo("kind");
        var unknownItem = move(warehouse(), "RECEIPT", java.util.UUID.randomUUID().toString(), wh, "1",
                Map.of("unitCost", 1));
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(unknownItem.json().get("errors").get(0).get("field").asString()).isEqualTo("itemId");
        var badItem = warehouse().post("/api/v1/stock/items", Map.of("sku", " ", "category", "FOOD", "unit", "PCS"));
        assertThat(badItem.status()).isEqualTo(400);
        var serialInMetres = warehouse().post("/api/v1/stock/items", Map.of("sku", "CABLE-1", "name", "Кабель",
                "category", "CONSUMABLE", "unit", "M", "serialTracked", true));
        assertThat(serialInMetres.json().get("errors").get(0).get("field").asString()).isEqualTo("unit");
        var badReservation = as(Role.ENGINEER).post("/api/v1/stock/reservations", Map.of("warehouseId", wh,
                "lines", List.of(Map.of("itemId", item, "quantity", 0))));
        assertThat(badReservation.status()).isEqualTo(400);
        assertThat(badReservation.json().get("errors")).extracting(e -> e.get("field").asString())
                .contains("taskId", "lines[0].quantity");
        assertThat(move(warehouse(), "SHIPMENT", item, wh, "1", Map.of()).status()).as("nothing on hand")
                .isEqualTo(409);

        assertThat(writtenRows()).as("nothing written by refused calls").isEqualTo(before);
    }

    @Test
    void rolesAreCheckedForReadingKeepingAndReserving() {
        String item = item("ROLE", "PCS", false);
        String wh = warehouse("CENTRAL");
        List<Long> before = writtenRows();
        assertThat(move(as(Role.ENGINEER), "RECEIPT", item, wh, "1", Map.of("unitCost", 1)).status()).isEqualTo(403);
        assertThat(move(as(Role.LOGISTICS), "RECEIPT", item, wh, "1", Map.of("unitCost", 1)).status())
                .as("logistics ships and takes back, it does not receive").isEqualTo(403);
        assertThat(as(Role.ENGINEER).post("/api/v1/stock/items", Map.of("sku", "X", "name", "X", "category", "TOOL",
                "unit", "PCS")).status()).isEqualTo(403);
        assertThat(as(Role.ANALYST).get("/api/v1/stock/balances").status()).isEqualTo(403);
        assertThat(as(Role.DISPATCHER).post("/api/v1/stock/reservations", Map.of()).status()).isEqualTo(403);
        assertThat(writtenRows()).isEqualTo(before);
        assertThat(as(Role.ENGINEER).get("/api/v1/stock/balances?itemId=" + item).status()).isEqualTo(200);
        assertThat(as(Role.LOGISTICS).get("/api/v1/stock/items?q=role").json()).isNotEmpty();
    }
    /**
     * The ledger invariant over seeded random sequences of every kind of movement, transfers and reservations:
     * each call is accepted exactly when a model of on hand and reserved says it may be, a refused call writes
     * nothing, and in the database on hand equals the sum of the movements, never negative, with reserved equal to
     * the active reservations.
     */
    @Test
    void onHandIsAlwaysTheSumOfTheLedgerOverRandomSequences() {
        for (long seed : new long[] { 20261125L, 7L, 4242L }) {
            java.util.Random random = new java.util.Random(seed);
            List<String> items = List.of(item("RND", "PCS", false), item("RNDM", "M", false));
            List<String> whs = List.of(warehouse("CENTRAL"), warehouse("SWAP_POOL"));
            String task = task();
            Map<String, BigDecimal> onHand = new HashMap<>();
            Map<String, BigDecimal> reserved = new HashMap<>();
            List<JsonNode> openTransfers = new ArrayList<>();
            List<JsonNode> activeReservations = new ArrayList<>();
            for (int step = 0; step < 70; step++) {
                String item = items.get(random.nextInt(2));
                String wh = whs.get(random.nextInt(2));
                String key = item + "/" + wh;
                BigDecimal q = item.equals(items.get(0)) ? BigDecimal.valueOf(1 + random.nextInt(4))
                        : BigDecimal.valueOf(1 + random.nextInt(4000), 3);
                BigDecimal available = onHand.getOrDefault(key, BigDecimal.ZERO)
                        .subtract(reserved.getOrDefault(key, BigDecimal.ZERO));
                String as = "seed " + seed + " step " + step;
                List<Long> before = writtenRows();
                int op = random.nextInt(12);
                TestHttp.Response r;
                boolean in;
                switch (op) {
                    case 0, 1, 2, 3, 4, 5, 6 -> {
                        String kind = List.of("RECEIPT", "ISSUE_TO_WORK", "WRITE_OFF", "ADJUSTMENT_SURPLUS",
                                "ADJUSTMENT_SHORTAGE", "SHIPMENT", "RETURN_FROM_CUSTOMER").get(op);
                        in = List.of(0, 3, 6).contains(op);
                        Map<String, Object> extra = new HashMap<>();
                        if (op == 0) {
                            extra.put("unitCost", BigDecimal.valueOf(random.nextInt(100_000), 2));
                        }
                        if (op == 1) {
                            extra.put("taskId", task);
                        }
                        if (op == 2 || op == 3 || op == 4) {
                            extra.put("reason", "Инвентаризация");
                        }
                        r = move(warehouse(), kind, item, wh, q.toPlainString(), extra);
                        if (in || available.compareTo(q) >= 0) {
                            assertThat(r.status()).as(as + " " + kind + " " + r.body()).isEqualTo(201);
                            onHand.merge(key, in ? q : q.negate(), BigDecimal::add);
                        }
                        else {
                            assertThat(r.status()).as(as + " " + kind).isEqualTo(409);
                        }
                    }
                    case 7 -> {
                        String to = whs.get(0).equals(wh) ? whs.get(1) : whs.get(0);
                        r = as(Role.LOGISTICS).post("/api/v1/stock/transfers", Map.of("itemId", item,
                                "fromWarehouseId", wh, "toWarehouseId", to, "quantity", q));
                        if (available.compareTo(q) >= 0) {
                            assertThat(r.status()).as(as + " transfer").isEqualTo(201);
                            onHand.merge(key, q.negate(), BigDecimal::add);
                            openTransfers.add(r.json());
                        }
                        else {
                            assertThat(r.status()).as(as + " transfer").isEqualTo(409);
                        }
                    }
                    case 8 -> {
                        if (openTransfers.isEmpty()) {
                            continue;
                        }
                        JsonNode t = openTransfers.remove(random.nextInt(openTransfers.size()));
                        r = as(Role.WAREHOUSE).post("/api/v1/stock/transfers/" + t.get("id").asString()
                                + "/receive", "");
                        assertThat(r.status()).as(as + " receive").isEqualTo(200);
                        onHand.merge(t.get("itemId").asString() + "/" + t.get("toWarehouseId").asString(),
                                t.get("quantity").decimalValue(), BigDecimal::add);
                    }
                    case 9 -> {
                        r = as(Role.ENGINEER).post("/api/v1/stock/reservations", Map.of("taskId", task, "warehouseId",
                                wh, "lines", List.of(Map.of("itemId", item, "quantity", q))));
                        assertThat(r.status()).as(as + " reserve").isEqualTo(201);
                        BigDecimal expected = available.min(q).max(BigDecimal.ZERO);
                        JsonNode got = r.json().get("reservations");
                        if (expected.signum() > 0) {
                            assertThat(got.get(0).get("quantity").decimalValue()).isEqualByComparingTo(expected);
                            reserved.merge(key, expected, BigDecimal::add);
                            activeReservations.add(got.get(0));
                        }
                        else {
                            assertThat(got).isEmpty();
                        }
                    }
                    default -> {
                        if (activeReservations.isEmpty()) {
                            continue;
                        }
                        JsonNode res = activeReservations.remove(random.nextInt(activeReservations.size()));
                        String rk = res.get("itemId").asString() + "/" + res.get("warehouseId").asString();
                        BigDecimal rq = res.get("quantity").decimalValue();
                        String id = res.get("id").asString();
                        r = op == 10 ? warehouse().delete("/api/v1/stock/reservations/" + id)
                                : warehouse().post("/api/v1/stock/reservations/" + id + "/issue", "");
                        assertThat(r.status()).as(as + " close reservation " + r.body()).isEqualTo(200);
                        reserved.merge(rk, rq.negate(), BigDecimal::add);
                        if (op == 11) {
                            onHand.merge(rk, rq.negate(), BigDecimal::add);
                        }
                    }
                }
                if (r.status() >= 400) {
                    assertThat(writtenRows()).as(as + ": a refused call writes nothing").isEqualTo(before);
                }
            }
            List<Map<String, Object>> rows = jdbc.sql("""
                    SELECT b.item_id::text || '/' || b.warehouse_id::text AS key, b.on_hand, b.reserved,
                           coalesce((SELECT sum(m.quantity) FROM ops.stock_movement m
                                      WHERE m.item_id = b.item_id AND m.warehouse_id = b.warehouse_id), 0) AS ledger,
                           coalesce((SELECT sum(r.quantity) FROM ops.stock_reservation r WHERE r.status = 'ACTIVE'
                                      AND r.item_id = b.item_id AND r.warehouse_id = b.warehouse_id), 0) AS active
                      FROM ops.stock_balance b
                    """).query().listOfRows();
            for (Map<String, Object> row : rows) {
                String key = (String) row.get("key");
                BigDecimal dbOnHand = (BigDecimal) row.get("on_hand");
                assertThat(dbOnHand).as(key + " on hand = Σ movements")
                        .isEqualByComparingTo((BigDecimal) row.get("ledger"));
                assertThat(dbOnHand.signum()).as(key).isGreaterThanOrEqualTo(0);
                assertThat((BigDecimal) row.get("reserved")).as(key + " reserved = active reservations")
                        .isEqualByComparingTo((BigDecimal) row.get("active"));
                if (onHand.containsKey(key)) {
                    assertThat(dbOnHand).as(key + " on hand as the model says").isEqualByComparingTo(onHand.get(key));
                }
            }
        }
    }
}
