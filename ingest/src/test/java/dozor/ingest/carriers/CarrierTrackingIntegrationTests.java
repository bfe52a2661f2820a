package dozor.ingest.carriers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.ingest.IngestIntegrationTest;
import dozor.ingest.crm.WebhookSignature;
import dozor.testing.LogisticsData;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * Carriers' signed tracking webhooks end to end: a signed report moves a dispatched shipment on (mapped by the
 * carrier's configured status map), a forged one changes nothing, a replayed one changes nothing twice, and a late
 * report never takes a delivered shipment back.
 */
class CarrierTrackingIntegrationTests extends IngestIntegrationTest {

    final LogisticsData data = new LogisticsData(this::as);

    static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    /** A shipment of the carrier with the tracking number, dispatched two hours ago. */
    String dispatched(String carrier, String tracking) {
        String item = data.item("Регистратор", false);
        String wh = data.warehouse("CENTRAL");
        data.stock(item, wh, 1, null);
        String id = data.plan(data.toCustomer("NEW_EQUIPMENT", null, wh, item, 1, null, carrier, tracking, DAY))
                .get("id").asString();
        data.dispatch(id, Map.of("at", Instant.now().minusSeconds(7200).toString()));
        return id;
    }

    static String report(String eventId, String tracking, String status, Instant at) {
        return eventId == null
                ? """
                        {"trackingNumber":"%s","status":"%s","occurredAt":"%s"}""".formatted(tracking, status, at)
                : """
                        {"eventId":"%s","trackingNumber":"%s","status":"%s","occurredAt":"%s"}"""
                        .formatted(eventId, tracking, status, at);
    }

    TestHttp.Response send(String carrier, String body, String secret, long timestamp) {
        TestHttp http = anonymous().header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, bytes(body)));
        return http.post("/api/v1/ingest/carriers/" + carrier + "/tracking", body);
    }

    TestHttp.Response send(String carrier, String body, String secret) {
        return send(carrier, body, secret, Instant.now().getEpochSecond());
    }

    /** Everything a report could write. */
    List<Long> trackingRows() {
        return List.of(count("ops.carrier_tracking_event"), count("ops.shipment_status"), count("ops.outbox"),
                count("ops.audit_log"));
    }

    String status(String shipment) {
        return data.shipment(shipment).get("status").asString();
    }

    @Test
    void aSignedReportMovesTheShipmentOnAndItsReplayChangesNothingTwice() {
        String id = dispatched("CDEK", "CDEK-T-1");
        Instant at = Instant.now().minusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        var transit = send("cdek", report("ev-1", "CDEK-T-1", "TAKEN_BY_TRANSPORTER_FROM_SENDER_CITY", at), CDEK_SECRET);
        assertThat(transit.status()).as(transit.body()).isEqualTo(200);
        assertThat(transit.json().get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(transit.json().get("shipmentStatus").asString()).isEqualTo("IN_TRANSIT");

        String body = report("ev-2", "CDEK-T-1", "DELIVERED", at.plusSeconds(300));
        var delivered = send("cdek", body, CDEK_SECRET);
        assertThat(delivered.json().get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(status(id)).isEqualTo("DELIVERED");
        JsonNode history = as(Role.LOGISTICS).get("/api/v1/logistics/shipments/" + id + "/history").json();
        assertThat(history).extracting(h -> h.get("status").asString())
                .containsExactly("PLANNED", "DISPATCHED", "IN_TRANSIT", "DELIVERED");
        JsonNode last = history.get(3);
        assertThat(last.get("source").asString()).isEqualTo("CARRIER");
        assertThat(last.get("actor").asString()).isEqualTo("carrier:cdek");
        assertThat(last.get("carrierStatus").asString()).isEqualTo("DELIVERED");
        assertThat(Instant.parse(last.get("at").asString())).isEqualTo(at.plusSeconds(300));
        assertThat(jdbc.sql("SELECT count(*) FROM ops.outbox WHERE aggregate_id = :id AND event_type = "
                + "'ShipmentStatusChanged'").param("id", id).query(Long.class).single()).isEqualTo(3);

        List<Long> before = trackingRows();
        var replay = send("cdek", body, CDEK_SECRET);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("repeated").asBoolean()).isTrue();
        assertThat(replay.json().get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(trackingRows()).as("a replay writes nothing").isEqualTo(before);
    }

    @Test
    void concurrentDeliveriesOfOneReportApplyItOnce() throws Exception {
        String id = dispatched("DPD", "DPD-T-6");
        String body = report("d-race", "DPD-T-6", "Delivered", Instant.now().minusSeconds(30));
        int callers = 8;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        List<java.util.concurrent.Future<TestHttp.Response>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < callers; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return send("dpd", body, DPD_SECRET);
            }));
        }
        start.countDown();
        List<JsonNode> results = new java.util.ArrayList<>();
        for (var call : calls) {
            TestHttp.Response r = call.get();
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            results.add(r.json());
        }
        pool.shutdown();

        assertThat(results).filteredOn(r -> !r.get("repeated").asBoolean()).hasSize(1);
        assertThat(results).allSatisfy(r -> assertThat(r.get("outcome").asString()).isEqualTo("APPLIED"));
        assertThat(jdbc.sql("SELECT count(*) FROM ops.shipment_status WHERE shipment_id = CAST(:id AS uuid) "
                + "AND status = 'DELIVERED'").param("id", id).query(Long.class).single()).isEqualTo(1);
        assertThat(status(id)).isEqualTo("DELIVERED");
    }

    @Test
    void aForgedUnsignedOrStaleReportIsRefusedAndChangesNothing() {
        String id = dispatched("CDEK", "CDEK-T-2");
        String body = report("ev-forged", "CDEK-T-2", "DELIVERED", Instant.now());
        long now = Instant.now().getEpochSecond();
        List<Long> before = trackingRows();

        List<TestHttp.Response> refused = List.of(
                send("cdek", body, "not-the-secret-0123456789"),
                send("cdek", body, DPD_SECRET),
                send("cdek", body, CDEK_SECRET, now - 3600),
                anonymous().post("/api/v1/ingest/carriers/cdek/tracking", body),
                anonymous().header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now))
                        .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(CDEK_SECRET, now,
                                bytes(report("ev-forged", "CDEK-T-2", "IN_TRANSIT", Instant.now()))))
                        .post("/api/v1/ingest/carriers/cdek/tracking", body),
                send("belpochta", body, CDEK_SECRET));

        assertThat(refused).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(401);
            assertThat(r.header("Content-Type")).contains("application/problem+json");
        });
        assertThat(send("pony-express", body, CDEK_SECRET).status()).isEqualTo(404);
        assertThat(trackingRows()).as("nothing written").isEqualTo(before);
        assertThat(status(id)).isEqualTo("DISPATCHED");
    }

    @Test
    void aLateReportNeverTakesADeliveredShipmentBack() {
        String id = dispatched("DPD", "DPD-T-3");
        Instant t = Instant.now().minusSeconds(3600);
        assertThat(send("dpd", report("d-2", "DPD-T-3", "Delivered", t.plusSeconds(1200)), DPD_SECRET).json()
                .get("outcome").asString()).isEqualTo("APPLIED");

        var late = send("dpd", report("d-1", "DPD-T-3", "OnRoad", t), DPD_SECRET);
        assertThat(late.json().get("outcome").asString()).isEqualTo("OUT_OF_ORDER");
        var failed = send("dpd", report("d-3", "DPD-T-3", "Problem", t.plusSeconds(1500)), DPD_SECRET);
        assertThat(failed.json().get("outcome").asString()).isEqualTo("OUT_OF_ORDER");

        assertThat(status(id)).isEqualTo("DELIVERED");
        assertThat(as(Role.LOGISTICS).get("/api/v1/logistics/shipments/" + id + "/history").json())
                .extracting(h -> h.get("status").asString()).containsExactly("PLANNED", "DISPATCHED", "DELIVERED");
        assertThat(as(Role.LOGISTICS).get("/api/v1/logistics/shipments/" + id + "/carrier-reports").json())
                .extracting(r -> r.get("outcome").asString()).containsExactly("APPLIED", "OUT_OF_ORDER",
                        "OUT_OF_ORDER");
    }

    @Test
    void anUnmappedStatusIsRecordedButChangesNothing() {
        String id = dispatched("CDEK", "CDEK-T-4");
        var r = send("cdek", report("ev-u", "CDEK-T-4", "CUSTOMS_HOLD", Instant.now()), CDEK_SECRET);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("outcome").asString()).isEqualTo("UNMAPPED");
        assertThat(status(id)).isEqualTo("DISPATCHED");
        JsonNode reports = as(Role.LOGISTICS).get("/api/v1/logistics/shipments/" + id + "/carrier-reports").json();
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("carrierStatus").asString()).isEqualTo("CUSTOMS_HOLD");
        assertThat(reports.get(0).get("mappedStatus").isNull()).isTrue();
    }

    @Test
    void withoutAnEventIdAReplayIsKnownByTrackingStatusAndTime() {
        String id = dispatched("CDEK", "CDEK-T-5");
        Instant at = Instant.now().minusSeconds(60);
        String body = report(null, "CDEK-T-5", "NOT_DELIVERED", at);
        assertThat(send("cdek", body, CDEK_SECRET).json().get("outcome").asString()).isEqualTo("APPLIED");
        List<Long> before = trackingRows();
        // the same report, signed again a second later (a retry with a new timestamp)
        var retry = send("cdek", body, CDEK_SECRET, Instant.now().getEpochSecond() + 1);
        assertThat(retry.json().get("repeated").asBoolean()).isTrue();
        assertThat(trackingRows()).isEqualTo(before);
        assertThat(status(id)).isEqualTo("FAILED");
    }

    @Test
    void aReportWithMissingOrBadFieldsIsA400NamingThemAndWritesNothing() {
        List<Long> before = trackingRows();
        var r = send("cdek", "{\"trackingNumber\":\"X\",\"occurredAt\":\"вчера\"}", CDEK_SECRET);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("status", "occurredAt");
        assertThat(send("cdek", "[1,2]", CDEK_SECRET).status()).isEqualTo(400);
        assertThat(trackingRows()).isEqualTo(before);
    }

    @Test
    void aReportForAnUnknownTrackingNumberIsRecordedOnly() {
        var r = send("cdek", report("ev-x", "NO-SUCH-TRACK", "DELIVERED", Instant.now()), CDEK_SECRET);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("outcome").asString()).isEqualTo("UNKNOWN_TRACKING");
        assertThat(r.json().get("shipmentId").isNull()).isTrue();
    }
}
