package dozor.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.LogisticsData;
import tools.jackson.databind.JsonNode;

/**
 * Delivery figures on shipments with known times (recorded after the fact, as a clerk would), checked by hand:
 * delivered in 10, 20, 30 and 60 hours → mean 30 h, p90 = 30 + 0.7 × (60 − 30) = 51 h (interpolated at position
 * 0.9 × 3 = 2.7); one of the four came back, one was a re-shipment → 0.25 each. Over the last 3 days only the
 * 30 h and 60 h ones were delivered → mean 45 h, p90 = 30 + 0.9 × 30 = 57 h.
 */
class LogisticsMetricsIntegrationTests extends ApiIntegrationTest {

    final LogisticsData data = new LogisticsData(this::as);

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void meanAndP90DeliveryTimeAndTheSharesOfReturnsAndReshipments() {
        String item = data.item("Регистратор", false);
        String wh = data.warehouse("REGIONAL");
        data.stock(item, wh, 10, null);
        String request = data.request();
        Instant now = Instant.now();

        deliver(wh, item, request, now.minus(hours(100)), now.minus(hours(90)), null);
        deliver(wh, item, request, now.minus(hours(100)), now.minus(hours(80)), null);
        String returned = deliver(wh, item, request, now.minus(hours(100)), now.minus(hours(40)), null);
        String failed = shipment(wh, item, request, null);
        data.dispatch(failed, Map.of("at", now.minus(hours(100)).toString()));
        report(failed, "FAILED", now.minus(hours(95)));
        deliver(wh, item, request, now.minus(hours(90)), now.minus(hours(60)), failed);
        String undelivered = shipment(wh, item, request, null);
        data.dispatch(undelivered, Map.of("at", now.minus(hours(50)).toString()));

        String repair = data.warehouse("REPAIR_LINE");
        Map<String, Object> back = new HashMap<>(Map.of("kind", "CUSTOMER_RETURN", "requestId", request,
                "toWarehouseId", repair, "address", "г. Минск, ул. Притыцкого, 29", "carrier", "CDEK", "plannedDate",
                DAY.toString(), "returnOfId", returned, "lines", List.of(Map.of("itemId", item, "quantity", 1))));
        data.plan(back);

        JsonNode month = metrics("days=30&fromWarehouseId=" + wh);
        assertThat(month.get("delivered").asLong()).isEqualTo(4);
        assertThat(month.get("meanHours").asDouble()).isCloseTo(30.0, within(0.01));
        assertThat(month.get("p90Hours").asDouble()).isCloseTo(51.0, within(0.01));
        assertThat(month.get("returned").asLong()).isEqualTo(1);
        assertThat(month.get("returnShare").asDouble()).isEqualTo(0.25);
        assertThat(month.get("reshipped").asLong()).isEqualTo(1);
        assertThat(month.get("reshipmentShare").asDouble()).isEqualTo(0.25);

        JsonNode threeDays = metrics("days=3&fromWarehouseId=" + wh);
        assertThat(threeDays.get("delivered").asLong()).isEqualTo(2);
        assertThat(threeDays.get("meanHours").asDouble()).isCloseTo(45.0, within(0.01));
        assertThat(threeDays.get("p90Hours").asDouble()).isCloseTo(57.0, within(0.01));

        JsonNode none = metrics("days=30&fromWarehouseId=" + data.warehouse("CENTRAL"));
        assertThat(none.get("delivered").asLong()).isZero();
        assertThat(none.get("meanHours").isNull()).isTrue();
        assertThat(none.get("returnShare").isNull()).isTrue();

        var bad = as(Role.MANAGER).get("/api/v1/logistics/metrics?days=0");
        assertThat(bad.status()).isEqualTo(400);
    }

    JsonNode metrics(String query) {
        var r = as(Role.MANAGER).get("/api/v1/logistics/metrics?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    String deliver(String wh, String item, String request, Instant dispatched, Instant delivered, String replaces) {
        String id = shipment(wh, item, request, replaces);
        data.dispatch(id, Map.of("at", dispatched.toString()));
        report(id, "DELIVERED", delivered);
        return id;
    }

    String shipment(String wh, String item, String request, String replaces) {
        Map<String, Object> body = new HashMap<>(data.toCustomer("REPAIRED_DEVICE", request, wh, item, 1, null, "CDEK",
                null, DAY));
        if (replaces != null) {
            body.put("replacesId", replaces);
        }
        return data.plan(body).get("id").asString();
    }

    void report(String id, String status, Instant at) {
        var r = as(Role.LOGISTICS).post("/api/v1/logistics/shipments/" + id + "/status",
                Map.of("status", status, "at", at.toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    static Duration hours(long h) {
        return Duration.ofHours(h);
    }
}
