package dozor.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

class RequestRegistrationIntegrationTests extends ApiIntegrationTest {

    static Map<String, Object> validBody() {
        return dozor.testing.Samples.requestBody();
    }

    @Test
    void registersARequestWithItsEventInTheSameTransaction() {
        var response = as(Role.DISPATCHER).post("/api/v1/requests", validBody());

        assertThat(response.status()).isEqualTo(201);
        JsonNode json = response.json();
        UUID id = UUID.fromString(json.get("id").asString());
        assertThat(json.get("number").asString()).matches("З-\\d{4}-\\d{6}");
        assertThat(json.get("contactPhone").asString()).isEqualTo("+375291234567");
        assertThat(json.get("status").asString()).isEqualTo("NEW");
        assertThat(json.get("registeredBy").asString()).isEqualTo("dispatcher");
        assertThat(response.header("Location")).isEqualTo("/api/v1/requests/" + id);

        var event = jdbc.sql("SELECT event_type, topic, aggregate_id, payload->>'number' FROM ops.outbox "
                + "WHERE aggregate_id = :id").param("id", id.toString()).query().listOfRows();
        assertThat(event).hasSize(1);
        assertThat(event.get(0)).containsEntry("event_type", "RequestRegistered")
                .containsEntry("topic", "dozor.requests.events");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.audit_log WHERE entity_id = :id AND action = 'REGISTERED'")
                .param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void numbersRequestsInSequenceWithinTheYear() {
        String first = as(Role.DISPATCHER).post("/api/v1/requests", validBody()).json().get("number").asString();
        String second = as(Role.DISPATCHER).post("/api/v1/requests", validBody()).json().get("number").asString();
        long a = Long.parseLong(first.substring(first.lastIndexOf('-') + 1));
        long b = Long.parseLong(second.substring(second.lastIndexOf('-') + 1));
        assertThat(b).isEqualTo(a + 1);
    }

    @Test
    void rejectsInvalidInputNamingEveryBadFieldAndWritesNothing() {
        long requests = count("ops.service_request");
        long outbox = count("ops.outbox");
        Map<String, Object> body = validBody();
        body.put("customerName", " ");
        body.put("unp", "200988542"); // wrong check digit
        body.put("contactPhone", "12");
        body.remove("deviceModel");
        body.put("priority", "P7");

        var response = as(Role.DISPATCHER).post("/api/v1/requests", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(fields(problem)).containsExactlyInAnyOrder("customerName", "unp", "contactPhone", "deviceModel",
                "priority");
        assertThat(message(problem, "unp")).contains("УНП");
        assertThat(count("ops.service_request")).isEqualTo(requests);
        assertThat(count("ops.outbox")).isEqualTo(outbox);
    }

    @Test
    void answersInEnglishWhenAsked() {
        Map<String, Object> body = validBody();
        body.put("contactPhone", "");
        var response = as(Role.DISPATCHER).header("Accept-Language", "en").post("/api/v1/requests", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(message(response.json(), "contactPhone")).isEqualTo("Enter a contact phone");
    }

    @Test
    void rejectsMalformedJsonAndWrongTypes() {
        long outbox = count("ops.outbox");
        assertThat(as(Role.DISPATCHER).post("/api/v1/requests", "{\"customerName\": ").status()).isEqualTo(400);
        var wrongType = as(Role.DISPATCHER).post("/api/v1/requests", "{\"customerName\": {\"a\": 1}}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(fields(wrongType.json())).containsExactly("customerName");
        assertThat(count("ops.outbox")).isEqualTo(outbox);
    }

    @Test
    void unknownIdIs404AndAMalformedIdIs400() {
        var missing = as(Role.ENGINEER).get("/api/v1/requests/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("title").asString()).isEqualTo("Не найдено");
        var malformed = as(Role.ENGINEER).get("/api/v1/requests/not-a-uuid");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(fields(malformed.json())).containsExactly("id");
    }

    @Test
    void readsBackARequestAndListsNewestFirst() {
        String older = as(Role.DISPATCHER).post("/api/v1/requests", validBody()).json().get("id").asString();
        String newer = as(Role.MANAGER).post("/api/v1/requests", validBody()).json().get("id").asString();

        var one = as(Role.ENGINEER).get("/api/v1/requests/" + older);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("customerName").asString()).isEqualTo("ООО «Вектор»");
        assertThat(one.json().get("sla").get("target").asString()).isEqualTo("FIRST_RESPONSE");

        var page = as(Role.ACCOUNTANT).get("/api/v1/requests?page=0&size=2").json();
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(newer);
        assertThat(page.get("items").get(1).get("id").asString()).isEqualTo(older);
    }

    @Test
    void rejectsAPageSizeOutOfRange() {
        var response = as(Role.DISPATCHER).get("/api/v1/requests?size=0");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.json())).containsExactly("size");
    }

    @Test
    void anonymousCallsAre401AndWrongRolesAre403() {
        long outbox = count("ops.outbox");
        TestHttp anonymous = anonymous();
        var unauthorized = anonymous.post("/api/v1/requests", validBody());
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.get("/api/v1/requests").status()).isEqualTo(401);

        assertThat(as(Role.ANALYST).post("/api/v1/requests", validBody()).status()).isEqualTo(403);
        assertThat(as(Role.ENGINEER).post("/api/v1/requests", validBody()).status()).isEqualTo(403);
        var forbidden = as(Role.ANALYST).get("/api/v1/requests");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("status").asInt()).isEqualTo(403);
        assertThat(new TestHttp(baseUrl()).basic("dispatcher", "wrong").get("/api/v1/requests").status())
                .isEqualTo(401);
        assertThat(count("ops.outbox")).isEqualTo(outbox);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new java.util.ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static String message(JsonNode problem, String field) {
        for (JsonNode e : problem.get("errors")) {
            if (field.equals(e.get("field").asString())) {
                return e.get("message").asString();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }
}
