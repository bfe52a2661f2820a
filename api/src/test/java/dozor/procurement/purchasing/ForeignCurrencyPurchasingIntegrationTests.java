package dozor.procurement.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dozor.api.security.Role;
import dozor.shared.Minsk;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * Purchasing in foreign currencies at the National Bank's rates, figures worked by hand (costs to 4 decimals, money
 * to 2, half up). USD is 3.2518 BYN, published yesterday; the rate published for tomorrow (9.9999) is not yet in
 * force; CHF has none until one test sets it, GBP none at all. Thresholds: procurement up to 1,000 BYN, the manager up to 10,000.
 */
@TestPropertySource(properties = { "dozor.procurement.late-check.enabled=false",
        "dozor.procurement.approval.thresholds[0].role=PROCUREMENT",
        "dozor.procurement.approval.thresholds[0].up-to=1000",
        "dozor.procurement.approval.thresholds[1].role=MANAGER",
        "dozor.procurement.approval.thresholds[1].up-to=10000", "dozor.procurement.approval.thresholds[2].role=ADMIN" })
class ForeignCurrencyPurchasingIntegrationTests extends ApiIntegrationTest {

    static LocalDate today() {
        return LocalDate.now(Minsk.ZONE);
    }

    void usdRates() {
        for (var r : List.of(Map.entry(today().minusDays(4), 3.1000), Map.entry(today().minusDays(1), 3.2518),
                Map.entry(today().plusDays(1), 9.9999))) {
            var put = as(Role.ACCOUNTANT).put("/api/v1/finance/exchange-rates/USD/" + r.getKey(),
                    Map.of("scale", 1, "rate", r.getValue()));
            assertThat(put.status()).as(put.body()).isEqualTo(200);
        }
    }

    String warehouse() {
        var r = as(Role.WAREHOUSE).post("/api/v1/stock/warehouses",
                Map.of("code", "FX" + System.nanoTime() % 100_000_000, "name", "Склад импорта", "kind", "CENTRAL"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String item() {
        var r = as(Role.WAREHOUSE).post("/api/v1/stock/items", Map.of("sku", "FX-" + System.nanoTime(), "name",
                "Видеорегистратор импортный", "category", "EQUIPMENT", "unit", "PCS", "serialTracked", false));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String supplier(String currency) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ops.supplier (id, code, name, currency, created_at)
                VALUES (:id, :code, 'Shenzhen Vision Ltd', :currency, now())""").param("id", id)
                .param("code", "FX" + System.nanoTime()).param("currency", currency).update();
        return id.toString();
    }

    /** A SENT direct order to a supplier invoicing in {@code currency}. */
    JsonNode sentOrder(String currency, String wh, Map<String, String> pricesByItem, String quantity) {
        String supplier = supplier(currency);
        List<Map<String, Object>> lines = pricesByItem.entrySet().stream().map(e -> Map.<String, Object>of("itemId",
                e.getKey(), "warehouseId", wh, "quantity", new BigDecimal(quantity), "price",
                new BigDecimal(e.getValue()))).toList();
        var created = as(Role.PROCUREMENT).post("/api/v1/procurement/orders",
                Map.of("supplierId", supplier, "lines", lines));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var sent = as(Role.PROCUREMENT).post("/api/v1/procurement/orders/" + id + "/send", "");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return sent.json();
    }

    TestHttp.Response receive(JsonNode order, String accepted) {
        return as(Role.WAREHOUSE).post("/api/v1/procurement/orders/" + order.get("id").asString() + "/lines/"
                + order.get("lines").get(0).get("id").asString() + "/receipts",
                Map.of("accepted", new BigDecimal(accepted), "rejected", BigDecimal.ZERO));
    }

    JsonNode balance(String item, String wh) {
        return as(Role.WAREHOUSE).get("/api/v1/stock/balances?itemId=" + item + "&warehouseId=" + wh).json().get(0);
    }

    @Test
    void aDollarDeliveryIsCostedInRoublesAtTheReceiptDaysRate() {
        usdRates();
        String wh = warehouse();
        String item = item();
        // 5 already in stock at 40.0000 BYN
        var opening = as(Role.WAREHOUSE).post("/api/v1/stock/movements", Map.of("kind", "RECEIPT", "itemId", item,
                "warehouseId", wh, "quantity", 5, "unitCost", 40));
        assertThat(opening.status()).as(opening.body()).isEqualTo(201);

        JsonNode order = sentOrder("USD", wh, Map.of(item, "12.50"), "5");
        var received = receive(order, "5");
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        // 12.50 USD × 3.2518 (yesterday's, the latest on or before today) = 40.6475 BYN
        assertThat(received.json().get("unitCostByn").decimalValue()).isEqualByComparingTo("40.6475");
        var posted = jdbc.sql("SELECT unit_cost FROM ops.stock_movement WHERE id = CAST(:id AS uuid)")
                .param("id", received.json().get("movementIds").get(0).asString()).query(BigDecimal.class).single();
        assertThat(posted).isEqualByComparingTo("40.6475");
        // (5 × 40.0000 + 5 × 40.6475) / 10 = 403.2375 / 10 = 40.32375 → 40.3238
        JsonNode b = balance(item, wh);
        assertThat(b.get("onHand").decimalValue()).isEqualByComparingTo("10");
        assertThat(b.get("averageCost").decimalValue()).isEqualByComparingTo("40.3238");

        JsonNode after = as(Role.WAREHOUSE).get("/api/v1/procurement/orders/" + order.get("id").asString()).json();
        assertThat(after.get("currency").asString()).as("the order keeps its currency").isEqualTo("USD");
        assertThat(after.get("lines").get(0).get("price").decimalValue()).isEqualByComparingTo("12.50");
        var event = jdbc.sql("""
                SELECT payload ->> 'unitCostByn' AS cost, payload ->> 'price' AS price, payload ->> 'currency' AS cur
                  FROM ops.outbox WHERE aggregate_id = :id AND event_type = 'GoodsReceived'""")
                .param("id", order.get("id").asString()).query().singleRow();
        assertThat(new BigDecimal(event.get("cost").toString())).isEqualByComparingTo("40.6475");
        assertThat(new BigDecimal(event.get("price").toString())).isEqualByComparingTo("12.50");
        assertThat(event.get("cur")).isEqualTo("USD");
    }

    @Test
    void withoutARateNothingIsReceived() {
        String wh = warehouse();
        String item = item();
        JsonNode order = sentOrder("CHF", wh, Map.of(item, "20"), "3");
        String orderId = order.get("id").asString();
        long movements = count("ops.stock_movement");
        long receipts = count("ops.purchase_receipt");
        long outbox = count("ops.outbox");
        long audit = count("ops.audit_log");

        var refused = receive(order, "3");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("https://dozor.by/problems/exchange-rate-missing");
        assertThat(refused.json().get("detail").asString()).isEqualTo("Нет курса CHF на "
                + today().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " — внесите курс НБ РБ");
        assertThat(refused.json().get("currency").asString()).isEqualTo("CHF");
        assertThat(count("ops.stock_movement")).isEqualTo(movements);
        assertThat(count("ops.purchase_receipt")).isEqualTo(receipts);
        assertThat(count("ops.outbox")).isEqualTo(outbox);
        assertThat(count("ops.audit_log")).isEqualTo(audit);
        JsonNode still = as(Role.WAREHOUSE).get("/api/v1/procurement/orders/" + orderId).json();
        assertThat(still.get("status").asString()).isEqualTo("SENT");
        assertThat(still.get("lines").get(0).get("receivedQty").decimalValue()).isEqualByComparingTo("0");
        assertThat(still.get("totals").get("rateMissing").asBoolean()).isTrue();
        assertThat(still.get("totals").get("totalByn").isNull()).isTrue();

        var put = as(Role.ADMIN).put("/api/v1/finance/exchange-rates/CHF/" + today(),
                Map.of("scale", 1, "rate", 3.9012));
        assertThat(put.status()).isEqualTo(200);
        var now = receive(order, "3");
        assertThat(now.status()).as("once the rate is there").isEqualTo(201);
        assertThat(now.json().get("unitCostByn").decimalValue()).as("20 × 3.9012").isEqualByComparingTo("78.0240");
    }

    @Test
    void aRequestFromADollarPriceListIsApprovedAgainstItsRoubleAmount() {
        usdRates();
        String wh = warehouse();
        String item = item();
        Map<String, Object> line = new HashMap<>(Map.of("itemId", item, "quantity", 100, "estimatedPrice",
                new BigDecimal("4.00"), "currency", "USD"));
        var created = as(Role.WAREHOUSE).post("/api/v1/procurement/requests",
                Map.of("warehouseId", wh, "lines", List.of(line)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode l = created.json().get("lines").get(0);
        // 4.00 USD × 3.2518 = 13.0072 BYN; 100 × 13.0072 = 1,300.72 BYN (400 USD)
        assertThat(l.get("estimatedPrice").decimalValue()).isEqualByComparingTo("13.0072");
        assertThat(l.get("originalPrice").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(l.get("originalCurrency").asString()).isEqualTo("USD");
        assertThat(created.json().get("amount").decimalValue()).isEqualByComparingTo("1300.72");
        String id = created.json().get("id").asString();
        assertThat(as(Role.WAREHOUSE).post("/api/v1/procurement/requests/" + id + "/submit", "").status())
                .isEqualTo(200);

        var refused = as(Role.PROCUREMENT).post("/api/v1/procurement/requests/" + id + "/approve", Map.of());
        assertThat(refused.status()).as("1,000 BYN covers the 400 USD but not the 1,300.72 BYN").isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("1300.72 BYN").contains("MANAGER");
        var approved = as(Role.MANAGER).post("/api/v1/procurement/requests/" + id + "/approve", Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        var event = jdbc.sql("""
                SELECT payload ->> 'amount' FROM ops.outbox
                 WHERE aggregate_id = :id AND event_type = 'PurchaseRequestStatusChanged' ORDER BY id DESC LIMIT 1""")
                .param("id", id).query(String.class).single();
        assertThat(new BigDecimal(event)).as("the event's amount is BYN").isEqualByComparingTo("1300.72");

        Map<String, Object> noRate = new HashMap<>(line);
        noRate.put("currency", "GBP");
        long requests = count("ops.purchase_request");
        var missing = as(Role.WAREHOUSE).post("/api/v1/procurement/requests",
                Map.of("warehouseId", wh, "lines", List.of(noRate)));
        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.json().get("detail").asString()).startsWith("Нет курса GBP на");
        assertThat(count("ops.purchase_request")).as("nothing written").isEqualTo(requests);
        Map<String, Object> badCode = new HashMap<>(line);
        badCode.put("currency", "usd");
        var bad = as(Role.WAREHOUSE).post("/api/v1/procurement/requests",
                Map.of("warehouseId", wh, "lines", List.of(badCode)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].currency");
    }

    @Test
    void anOrderShowsItsRoubleTotalAtTheOrderDaysRate() {
        usdRates();
        String wh = warehouse();
        Map<String, String> prices = new java.util.LinkedHashMap<>();
        prices.put(item(), "12.50");
        prices.put(item(), "3.10");
        JsonNode order = sentOrder("USD", wh, prices, "5");
        JsonNode totals = as(Role.PROCUREMENT).get("/api/v1/procurement/orders/" + order.get("id").asString()).json()
                .get("totals");
        // 5 × 12.50 + 5 × 3.10 = 78.00 USD; × 3.2518 = 253.6404 → 253.64 BYN
        assertThat(totals.get("total").decimalValue()).isEqualByComparingTo("78.00");
        assertThat(totals.get("totalByn").decimalValue()).isEqualByComparingTo("253.64");
        assertThat(totals.get("rate").decimalValue()).isEqualByComparingTo("3.2518");
        assertThat(totals.get("rateDate").asString()).isEqualTo(today().minusDays(1).toString());
        JsonNode listed = as(Role.PROCUREMENT).get("/api/v1/procurement/orders?supplierId="
                + order.get("supplierId").asString()).json().get(0).get("totals");
        assertThat(listed.get("totalByn").decimalValue()).isEqualByComparingTo("253.64");

        String byn = item();
        JsonNode local = sentOrder("BYN", wh, Map.of(byn, "7.125"), "2");
        assertThat(local.get("totals").get("total").decimalValue()).as("2 × 7.125 = 14.25")
                .isEqualByComparingTo("14.25");
        assertThat(local.get("totals").get("totalByn").decimalValue()).isEqualByComparingTo("14.25");
        assertThat(local.get("totals").get("rate").isNull()).isTrue();
    }

    @Test
    void aPlanProposalFromADollarPriceListIsEstimatedInRoubles() {
        usdRates();
        String wh = warehouse();
        String supplier = supplier("USD");
        var created = as(Role.WAREHOUSE).post("/api/v1/stock/items", Map.of("sku", "FXP-" + System.nanoTime(), "name",
                "Плата видеорегистратора", "category", "SPARE_PART", "unit", "PCS", "serialTracked", false,
                "supplierId", supplier));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String item = created.json().get("id").asString();
        jdbc.sql("""
                INSERT INTO ops.supplier_item (supplier_id, item_id, price, currency, lead_time_days, min_order_qty,
                    pack_size, updated_at)
                VALUES (CAST(:s AS uuid), CAST(:i AS uuid), 12.50, 'USD', 30, 10, 5, now())""").param("s", supplier)
                .param("i", item).update();
        // A shortfall of 7, nothing in stock: the plan proposes the minimum order of 10.
        jdbc.sql("""
                INSERT INTO ops.stock_demand (id, item_id, warehouse_id, quantity, status, created_by, created_at)
                VALUES (:id, CAST(:i AS uuid), CAST(:w AS uuid), 7, 'OPEN', 'engineer', now())""")
                .param("id", UUID.randomUUID()).param("i", item).param("w", wh).update();

        var raised = as(Role.PROCUREMENT).post("/api/v1/procurement/requests/from-plan", Map.of("warehouseId", wh));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        JsonNode line = raised.json().get("lines").get(0);
        assertThat(line.get("quantity").decimalValue()).isEqualByComparingTo("10");
        // 12.50 USD × 3.2518 = 40.6475 BYN; 10 × 40.6475 = 406.475 → 406.48 BYN
        assertThat(line.get("estimatedPrice").decimalValue()).isEqualByComparingTo("40.6475");
        assertThat(line.get("originalPrice").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(line.get("originalCurrency").asString()).isEqualTo("USD");
        assertThat(raised.json().get("amount").decimalValue()).isEqualByComparingTo("406.48");
    }
}
