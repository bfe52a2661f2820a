package dozor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dozor.api.security.Role;
import tools.jackson.databind.JsonNode;

/** Items, warehouses, stock and requests that logistics tests ship, made through the REST API. */
public final class LogisticsData {

    private final Function<Role, TestHttp> as;

    public LogisticsData(Function<Role, TestHttp> as) {
        this.as = as;
    }

    public String item(String name, boolean serial) {
        var r = as.apply(Role.WAREHOUSE).post("/api/v1/stock/items", Map.of("sku", "L-" + System.nanoTime(), "name",
                name, "category", "EQUIPMENT", "unit", "PCS", "serialTracked", serial));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    public String warehouse(String kind) {
        var r = as.apply(Role.WAREHOUSE).post("/api/v1/stock/warehouses", Map.of("code",
                "L" + System.nanoTime() % 1_000_000_000L, "name", "Склад " + kind, "kind", kind));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** A receipt into the warehouse (one serial unit when {@code serial} is given). */
    public void stock(String item, String warehouse, int quantity, String serial) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "RECEIPT", "itemId", item, "warehouseId", warehouse,
                "quantity", quantity, "unitCost", new BigDecimal("100.00")));
        if (serial != null) {
            body.put("serial", serial);
        }
        var r = as.apply(Role.WAREHOUSE).post("/api/v1/stock/movements", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    public String request() {
        Map<String, Object> body = new HashMap<>(Samples.requestBody());
        body.put("serialNumber", "LOG-" + System.nanoTime());
        var r = as.apply(Role.DISPATCHER).post("/api/v1/requests", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** A shipment to a customer of the request, one line. */
    public Map<String, Object> toCustomer(String kind, String request, String warehouse, String item, int quantity,
            String serial, String carrier, String tracking, LocalDate date) {
        Map<String, Object> line = new HashMap<>(Map.of("itemId", item, "quantity", quantity));
        if (serial != null) {
            line.put("serial", serial);
        }
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "fromWarehouseId", warehouse, "address",
                "г. Минск, ул. Притыцкого, 29", "recipient", "ООО «Вектор»", "carrier", carrier, "plannedDate",
                date.toString(), "lines", List.of(line)));
        if (request != null) {
            body.put("requestId", request);
        }
        if (tracking != null) {
            body.put("trackingNumber", tracking);
        }
        return body;
    }

    public JsonNode plan(Map<String, Object> body) {
        var r = as.apply(Role.LOGISTICS).post("/api/v1/logistics/shipments", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    public JsonNode dispatch(String shipment, Map<String, Object> body) {
        var r = as.apply(Role.LOGISTICS).post("/api/v1/logistics/shipments/" + shipment + "/dispatch", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    public JsonNode shipment(String id) {
        return as.apply(Role.LOGISTICS).get("/api/v1/logistics/shipments/" + id).json();
    }
}
