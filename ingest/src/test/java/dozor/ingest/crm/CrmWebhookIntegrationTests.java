package dozor.ingest.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dozor.ingest.IngestIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * The CRM's signed webhook end to end, with the nested payload of {@link IngestIntegrationTest}'s mapping: a
 * ticket becomes one request however often and however concurrently it is delivered, and an unsigned, wrongly
 * signed, stale or tampered delivery writes nothing at all.
 */
class CrmWebhookIntegrationTests extends IngestIntegrationTest {

    static String ticket(String id, String phone) {
        return """
                {"ticket":{"id":"%s","priority":"P2","category":"PAID_REPAIR"},
                 "client":{"title":"ООО «Вектор»","unp":"%s","phone":"%s","email":"Info@Vector.by"},
                 "device":{"model":"Hikvision DS-7608NI-K2","serial":"SN-%s","type":"CCTV_NVR"},
                 "description":"Не пишет архив с третьей камеры","region":"Минск","crmOnly":{"stage":7}}"""
                .formatted(id, unp(5000), phone, id);
    }

    @Test
    void registersASignedTicketOnceAsTheCrmThroughTheConfiguredMapping() {
        Map<String, Long> before = written();
        var created = deliver(ticket("T-1001", "+375 29 500-10-01"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/requests/" + id);
        assertThat(body.get("externalId").asString()).isEqualTo("T-1001");
        assertThat(body.get("created").asBoolean()).isTrue();
        assertThat(body.get("number").asString()).startsWith("З-");

        JsonNode request = as(dozor.api.security.Role.DISPATCHER).get("/api/v1/requests/" + id).json();
        assertThat(request.get("customerName").asString()).isEqualTo("ООО «Вектор»");
        assertThat(request.get("unp").asString()).isEqualTo(unp(5000));
        assertThat(request.get("contactPhone").asString()).isEqualTo("+375295001001");
        assertThat(request.get("contactEmail").asString()).isEqualTo("Info@Vector.by");
        assertThat(request.get("deviceType").asString()).isEqualTo("CCTV_NVR");
        assertThat(request.get("category").asString()).isEqualTo("PAID_REPAIR");
        assertThat(request.get("priority").asString()).isEqualTo("P2");
        assertThat(request.get("region").asString()).isEqualTo("Минск");
        assertThat(request.get("channel").asString()).isEqualTo("CRM");
        assertThat(request.get("registeredBy").asString()).isEqualTo("crm");
        assertThat(jdbc.sql("SELECT external_source FROM ops.service_request WHERE id = CAST(:id AS uuid)")
                .param("id", id).query(String.class).single()).isEqualTo("crm");
        assertThat(jdbc.sql("SELECT actor FROM ops.audit_log WHERE entity_id = :id AND action = 'REGISTERED'")
                .param("id", id).query(String.class).single()).isEqualTo("crm");
        assertThat(written().get("outbox")).isGreaterThan(before.get("outbox"));

        Map<String, Long> afterFirst = written();
        var repeat = deliver(ticket("T-1001", "+375 29 500-10-01"));
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json().get("id").asString()).isEqualTo(id);
        assertThat(repeat.json().get("created").asBoolean()).isFalse();
        assertThat(written()).as("a repeat writes nothing").isEqualTo(afterFirst);
    }

    @Test
    void refusesUnsignedWronglySignedStaleAndTamperedDeliveriesWritingNothing() {
        String body = ticket("T-2001", "+375 29 500-20-01");
        long now = Instant.now().getEpochSecond();
        String ts = String.valueOf(now);
        Map<String, Long> before = written();

        List<TestHttp.Response> refused = List.of(
                post(body, null, null),
                post(body, ts, null),
                post(body, null, WebhookSignature.sign(SECRET, now, bytes(body))),
                post(body, ts, WebhookSignature.sign("another-secret-0123456789", now, bytes(body))),
                post(body, ts, "sha256=00"),
                post(body, ts, "md5=" + "0".repeat(32)),
                post(body, "yesterday", WebhookSignature.sign(SECRET, now, bytes(body))),
                post(body, String.valueOf(now - 400), WebhookSignature.sign(SECRET, now - 400, bytes(body))),
                post(body, String.valueOf(now + 400), WebhookSignature.sign(SECRET, now + 400, bytes(body))),
                // signed for one timestamp, sent with another
                post(body, String.valueOf(now - 1), WebhookSignature.sign(SECRET, now, bytes(body))),
                // tampered: one character of the body changed after signing
                post(body.replace("P2", "P1"), ts, WebhookSignature.sign(SECRET, now, bytes(body))));
        for (TestHttp.Response r : refused) {
            assertThat(r.status()).as(r.body()).isEqualTo(401);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("type").asString()).isEqualTo("https://dozor.by/problems/unauthorized");
        }
        assertThat(refused.get(7).json().get("detail").asString()).contains("300");
        assertThat(written()).isEqualTo(before);

        var withinTolerance = post(body, String.valueOf(now - 240),
                WebhookSignature.sign(SECRET, now - 240, bytes(body)));
        assertThat(withinTolerance.status()).as("4 minutes old is still fresh").isEqualTo(201);
        assertThat(as(dozor.api.security.Role.ADMIN).get("/actuator/prometheus").body())
                .containsPattern("dozor_ingest_crm_deliveries_total\\{[^}]*outcome=\"refused\"[^}]*} 1[1-9]");
    }

    @Test
    void namesOurFieldWhenAMappedValueIsInvalidAndWritesNothing() {
        Map<String, Long> before = written();
        var badPhone = deliver(ticket("T-3001", "12345"));
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().get("type").asString()).isEqualTo("https://dozor.by/problems/validation");
        assertThat(badPhone.json().get("errors").get(0).get("field").asString()).isEqualTo("contactPhone");
        assertThat(badPhone.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Неверный номер телефона, пример: +375 29 123-45-67");

        String nested = ticket("T-3002", "+375 29 500-30-02").replace("\"description\":\"Не пишет архив с третьей камеры\"",
                "\"description\":{\"text\":\"Не пишет\"}");
        var notScalar = deliver(nested);
        assertThat(notScalar.status()).isEqualTo(400);
        assertThat(notScalar.json().get("errors").findValuesAsString("field")).containsExactly("problemDescription");

        String noId = ticket("", "+375 29 500-30-03").replace("\"P2\"", "\"P7\"");
        var english = anonymous().header("Accept-Language", "en");
        long now = Instant.now().getEpochSecond();
        var manyProblems = english.header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(SECRET, now, bytes(noId)))
                .post(WEBHOOK, noId);
        assertThat(manyProblems.status()).isEqualTo(400);
        assertThat(manyProblems.json().get("errors").findValuesAsString("field")).containsExactly("priority",
                "externalId");
        assertThat(manyProblems.json().get("errors").findValuesAsString("message")).containsExactly(
                "Priority must be one of P1, P2, P3, P4", "Enter the external id");

        var notJson = deliver("[1, 2, 3]");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("type").asString()).isEqualTo("https://dozor.by/problems/malformed-request");
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void aNumericCrmIdIsTheSameExternalIdAsItsText() {
        String numeric = ticket("x", "+375 29 500-40-01").replace("\"id\":\"x\"", "\"id\":40001");
        var first = deliver(numeric);
        assertThat(first.status()).isEqualTo(201);
        var asText = deliver(ticket("40001", "+375 29 500-40-01"));
        assertThat(asText.status()).isEqualTo(200);
        assertThat(asText.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    }

    @Test
    void aThousandConcurrentReplaysOfOneDeliveryCreateOneRequest() throws Exception {
        String body = ticket("T-9001", "+375 29 500-90-01");
        long now = Instant.now().getEpochSecond();
        HttpRequest delivery = HttpRequest.newBuilder(URI.create(baseUrl() + WEBHOOK))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(SECRET, now, bytes(body)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body))).build();
        long requestsBefore = count("ops.service_request");
        HttpClient client = client();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        long started = System.nanoTime();
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            responses.add(pool.submit(() -> client.send(delivery, HttpResponse.BodyHandlers.ofString())));
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Future<HttpResponse<String>> f : responses) {
            HttpResponse<String> r = f.get();
            statuses.add(r.statusCode());
            ids.add(dozor.testing.TestHttp.JSON.readTree(r.body()).path("id").asString());
        }
        pool.shutdown();
        System.out.printf("1000 concurrent replays answered in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(999);
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(count("ops.service_request")).isEqualTo(requestsBefore + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM ops.service_request WHERE external_id = 'T-9001'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theWebhookNeedsNoSessionNoCsrfTokenAndImportsNeedAnAdmin() {
        // A browser-like caller with a session cookie but no CSRF token still reaches the signature check.
        var browser = anonymous().header("X-Requested-With", "XMLHttpRequest");
        browser.get("/api/v1/auth/csrf");
        assertThat(browser.post(WEBHOOK, "{}").status()).isEqualTo(401);
        String body = ticket("T-5001", "+375 29 500-50-01");
        long now = Instant.now().getEpochSecond();
        assertThat(browser.header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(SECRET, now, bytes(body)))
                .post(WEBHOOK, body).status()).isEqualTo(201);

        byte[] csv = bytes("customerName,unp\nООО «Тест»," + unp(5001) + "\n");
        assertThat(upload("customers", "dry-run", "c.csv", csv, null, null).statusCode()).isEqualTo(401);
        assertThat(upload("customers", "dry-run", "c.csv", csv, "dispatcher", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(importAsAdmin("customers", "dry-run", "c.csv", csv).statusCode()).isEqualTo(200);
        assertThat(anonymous().get(WEBHOOK).status()).as("only POST is open").isEqualTo(401);
    }
}
