package dozor.procurement.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.Samples;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * The whole loop of a part found missing at diagnosis: the engineer reserves what there is and the shortfall makes
 * the request await a purchase; procurement requests, orders and the warehouse receives it; the receipt that covers
 * the task's last shortfall completes the purchase task, so the request resumes (its SLA clock runs again).
 */
@TestPropertySource(properties = "dozor.procurement.late-check.enabled=false")
class PartsArrivalIntegrationTests extends ApiIntegrationTest {

    @Test
    void theReceiptThatCoversTheLastShortfallResumesTheRequest() {
        String wh = as(Role.WAREHOUSE).post("/api/v1/stock/warehouses", Map.of("code", "PA" + System.nanoTime()
                % 10_000_000, "name", "Центральный", "kind", "CENTRAL")).json().get("id").asString();
        String item = as(Role.WAREHOUSE).post("/api/v1/stock/items", Map.of("sku", "PA-" + System.nanoTime(), "name",
                "Блок питания", "category", "SPARE_PART", "unit", "PCS", "serialTracked", false)).json().get("id")
                .asString();
        UUID supplier = UUID.randomUUID();
        jdbc.sql("INSERT INTO ops.supplier (id, code, name, currency, created_at) VALUES (:id, :c, 'ООО «Поставка»', "
                + "'BYN', now())").param("id", supplier).param("c", "PA" + System.nanoTime()).update();
        jdbc.sql("""
                INSERT INTO ops.supplier_item (supplier_id, item_id, price, currency, lead_time_days, updated_at)
                VALUES (:s, CAST(:i AS uuid), 30, 'BYN', 3, now())""").param("s", supplier).param("i", item).update();

        // Diagnosis: 3 needed, 1 in stock → 1 reserved, 2 to buy; the request awaits parts.
        as(Role.WAREHOUSE).post("/api/v1/stock/movements", Map.of("kind", "RECEIPT", "itemId", item, "warehouseId", wh,
                "quantity", 1, "unitCost", 30));
        Map<String, Object> body = new HashMap<>(Samples.requestBody());
        body.put("category", "CONSULTATION");
        body.put("serialNumber", "PA-" + System.nanoTime());
        String request = as(Role.DISPATCHER).post("/api/v1/requests", body).json().get("id").asString();
        as(Role.DISPATCHER).post("/api/v1/requests/" + request + "/transitions", Map.of("action", "TRIAGE"));
        JsonNode task = as(Role.DISPATCHER).get("/api/v1/requests/" + request + "/tasks").json().get(0);
        TestHttp engineer = new TestHttp(baseUrl()).basic(task.get("assignee").asString(), PASSWORD);
        engineer.post("/api/v1/tasks/" + task.get("id").asString() + "/start", "{}");
        var reserved = engineer.post("/api/v1/stock/reservations", Map.of("taskId", task.get("id").asString(),
                "warehouseId", wh, "lines", List.of(Map.of("itemId", item, "quantity", 3)), "awaitPurchase", true));
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(201);
        String purchaseTask = reserved.json().get("purchaseTaskId").asString();
        String demand = reserved.json().get("demands").get(0).get("id").asString();
        assertThat(status(request)).isEqualTo("AWAITING_PARTS");

        // Procurement buys the shortfall.
        var pr = as(Role.PROCUREMENT).post("/api/v1/procurement/requests", Map.of("warehouseId", wh, "lines",
                List.of(Map.of("itemId", item, "quantity", 2, "estimatedPrice", 30, "demandId", demand, "supplierId",
                        supplier.toString()))));
        assertThat(pr.status()).as(pr.body()).isEqualTo(201);
        String prId = pr.json().get("id").asString();
        assertThat(as(Role.PROCUREMENT).post("/api/v1/procurement/requests/" + prId + "/submit", "").status())
                .isEqualTo(200);
        assertThat(as(Role.MANAGER).post("/api/v1/procurement/requests/" + prId + "/approve", Map.of()).status())
                .isEqualTo(200);
        var ordered = as(Role.PROCUREMENT).post("/api/v1/procurement/orders/from-requests",
                Map.of("requestIds", List.of(prId)));
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
        JsonNode order = ordered.json().get(0);
        String orderId = order.get("id").asString();
        String line = order.get("lines").get(0).get("id").asString();
        assertThat(as(Role.PROCUREMENT).post("/api/v1/procurement/orders/" + orderId + "/send", "").status())
                .isEqualTo(200);

        // Half arrives: the shortfall is not covered, the request still waits.
        var first = as(Role.WAREHOUSE).post("/api/v1/procurement/orders/" + orderId + "/lines/" + line + "/receipts",
                Map.of("accepted", BigDecimal.ONE, "rejected", BigDecimal.ZERO));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(status(request)).isEqualTo("AWAITING_PARTS");
        assertThat(taskStatus(purchaseTask)).isIn("OPEN", "IN_PROGRESS");

        // The rest arrives, received by the warehouse (not procurement): the purchase task is done, work resumes.
        var second = as(Role.WAREHOUSE).post("/api/v1/procurement/orders/" + orderId + "/lines/" + line + "/receipts",
                Map.of("accepted", BigDecimal.ONE, "rejected", BigDecimal.ZERO));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(taskStatus(purchaseTask)).isEqualTo("DONE");
        assertThat(status(request)).as("no longer waiting for parts").isEqualTo("IN_PROGRESS");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.outbox WHERE event_type = 'TaskCompleted' AND payload->>'taskId' = :t")
                .param("t", purchaseTask).query(Long.class).single()).isEqualTo(1);
    }

    String status(String request) {
        return as(Role.DISPATCHER).get("/api/v1/requests/" + request).json().get("status").asString();
    }

    String taskStatus(String task) {
        return as(Role.DISPATCHER).get("/api/v1/tasks/" + task).json().get("status").asString();
    }
}
