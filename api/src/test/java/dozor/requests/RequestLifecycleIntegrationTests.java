package dozor.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

class RequestLifecycleIntegrationTests extends ApiIntegrationTest {

    String register(String serial, String description) {
        return register(serial, description, Map.of());
    }

    String register(String serial, String description, Map<String, Object> customer) {
        Map<String, Object> body = new HashMap<>(RequestRegistrationIntegrationTests.validBody());
        body.putAll(customer);
        body.put("serialNumber", serial);
        body.put("problemDescription", description);
        var response = as(Role.DISPATCHER).post("/api/v1/requests", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    JsonNode act(Role role, String id, String action, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("reason", reason);
        var response = as(role).post("/api/v1/requests/" + id + "/transitions", body);
        assertThat(response.status()).as(action + " by " + role + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    int status(Role role, String id, String action, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("reason", reason);
        return as(role).post("/api/v1/requests/" + id + "/transitions", body).status();
    }

    @Test
    void aRequestTravelsItsWholeLifeRecordingEveryIntervalAndEvent() {
        String id = register("LIFE-" + System.nanoTime(), "Не пишет архив, полный цикл");
        assertThat(act(Role.DISPATCHER, id, "TRIAGE", null).get("status").asString()).isEqualTo("TRIAGED");
        act(Role.ENGINEER, id, "START", null);
        act(Role.ENGINEER, id, "AWAIT_PARTS", "Нужен блок питания");
        act(Role.WAREHOUSE, id, "RESUME", null);
        act(Role.ENGINEER, id, "MARK_READY", null);
        act(Role.LOGISTICS, id, "SHIP", null);
        JsonNode closed = act(Role.DISPATCHER, id, "CLOSE", null);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");

        JsonNode intervals = as(Role.MANAGER).get("/api/v1/requests/" + id + "/intervals").json();
        List<String> statuses = new java.util.ArrayList<>();
        intervals.forEach(i -> statuses.add(i.get("status").asString()));
        assertThat(statuses).containsExactly("NEW", "TRIAGED", "IN_PROGRESS", "AWAITING_PARTS", "IN_PROGRESS", "READY",
                "SHIPPED", "CLOSED");
        for (int i = 0; i < intervals.size() - 1; i++) {
            assertThat(intervals.get(i).get("leftAt").asString()).isEqualTo(intervals.get(i + 1).get("enteredAt").asString());
        }
        assertThat(intervals.get(intervals.size() - 1).get("leftAt").isNull()).isTrue();
        assertThat(intervals.get(3).get("reason").asString()).isEqualTo("Нужен блок питания");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.outbox WHERE aggregate_id = :id AND event_type = 'RequestStatusChanged'")
                .param("id", id).query(Long.class).single()).isEqualTo(7);
    }

    @Test
    void refusesATransitionTheStatusDoesNotAllow() {
        String id = register("BAD-" + System.nanoTime(), "Переход не по порядку");
        long outbox = count("ops.outbox");
        var response = as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/transitions", Map.of("action", "CLOSE"));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).contains("NEW");
        assertThat(count("ops.outbox")).isEqualTo(outbox);
    }

    @Test
    void refusesATransitionTheRoleDoesNotAllow() {
        String id = register("ROLE-" + System.nanoTime(), "Роли");
        assertThat(status(Role.ENGINEER, id, "TRIAGE", null)).isEqualTo(403);
        assertThat(status(Role.ACCOUNTANT, id, "CANCEL", "ошибка")).isEqualTo(403);
        assertThat(status(Role.ANALYST, id, "TRIAGE", null)).as("not even at the door").isEqualTo(403);
        assertThat(status(Role.ADMIN, id, "TRIAGE", null)).isEqualTo(200);
    }

    @Test
    void cancellingAndReopeningNeedAReason() {
        String id = register("REASON-" + System.nanoTime(), "Причины");
        var missing = as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/transitions", Map.of("action", "CANCEL"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        act(Role.DISPATCHER, id, "CANCEL", "Клиент передумал");
        assertThat(act(Role.MANAGER, id, "REOPEN", "Клиент перезвонил").get("status").asString()).isEqualTo("REOPENED");
        assertThat(act(Role.ENGINEER, id, "START", null).get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void anUnknownActionIs400AndAnUnknownRequest404() {
        String id = register("UNK-" + System.nanoTime(), "Неизвестное действие");
        assertThat(as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/transitions", Map.of("action", "FLY"))
                .status()).isEqualTo(400);
        assertThat(as(Role.DISPATCHER).post("/api/v1/requests/" + java.util.UUID.randomUUID() + "/transitions",
                Map.of("action", "TRIAGE")).status()).isEqualTo(404);
    }

    @Test
    void aDispatcherOverridesThePriorityWithAReason() {
        String id = register("PRIO-" + System.nanoTime(), "Приоритет");
        var noReason = as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/priority", Map.of("priority", "P1"));
        assertThat(noReason.status()).isEqualTo(400);
        var changed = as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/priority",
                Map.of("priority", "P1", "reason", "Клиент сообщил о краже")).json();
        assertThat(changed.get("priority").asString()).isEqualTo("P1");
        assertThat(changed.get("prioritySource").asString()).isEqualTo("OVERRIDE");
        assertThat(changed.get("priorityReason").asString()).isEqualTo("Клиент сообщил о краже");
        assertThat(as(Role.ENGINEER).post("/api/v1/requests/" + id + "/priority",
                Map.of("priority", "P4", "reason", "x")).status()).isEqualTo(403);
    }

    @Test
    void aRepeatOfAnOpenRequestIsFlaggedAndCanBeMergedOrDismissed() {
        JsonNode statsBefore = as(Role.MANAGER).get("/api/v1/requests/duplicate-stats?days=7").json();
        String serial = "DUP-" + System.nanoTime();
        // a customer of this test alone, so that earlier tests' open requests cannot make these similar to them
        Map<String, Object> customer = new HashMap<>();
        customer.put("customerName", "ИП Дублев " + serial);
        customer.put("unp", null);
        customer.put("contactPhone", "+37533" + String.format("%07d", System.nanoTime() % 10_000_000));
        String first = register(serial, "Не пишет архив с камеры 3", customer);
        assertThat(as(Role.DISPATCHER).get("/api/v1/requests/" + first).json().get("duplicateState").isNull())
                .isTrue();
        String second = register(serial, "Снова не пишет архив", customer);
        JsonNode flagged = as(Role.DISPATCHER).get("/api/v1/requests/" + second).json();
        assertThat(flagged.get("duplicateOf").asString()).isEqualTo(first);
        assertThat(flagged.get("duplicateState").asString()).isEqualTo("SUSPECTED");

        JsonNode merged = as(Role.DISPATCHER).post("/api/v1/requests/" + second + "/merge",
                Map.of("intoRequestId", first)).json();
        assertThat(merged.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(merged.get("duplicateState").asString()).isEqualTo("MERGED");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.audit_log WHERE entity_id = :id AND action = 'DUPLICATE_MERGED_IN'")
                .param("id", first).query(Long.class).single()).isEqualTo(1);
        assertThat(as(Role.DISPATCHER).post("/api/v1/requests/" + first + "/merge", Map.of("intoRequestId", second))
                .status()).as("into a merged request").isEqualTo(409);

        String third = register(serial + "-x", "Без совпадений по серийному номеру, иначе описан", customer);
        assertThat(as(Role.DISPATCHER).get("/api/v1/requests/" + third).json().get("duplicateState").isNull()).isTrue();
        String fourth = register(serial, "Опять", customer);
        assertThat(as(Role.DISPATCHER).post("/api/v1/requests/" + fourth + "/dismiss-duplicate", "").json()
                .get("duplicateState").asString()).isEqualTo("DISMISSED");

        JsonNode stats = as(Role.MANAGER).get("/api/v1/requests/duplicate-stats?days=7").json();
        assertThat(stats.get("registered").asLong() - statsBefore.get("registered").asLong()).isEqualTo(4);
        assertThat(stats.get("flagged").asLong() - statsBefore.get("flagged").asLong()).isEqualTo(2);
        assertThat(stats.get("merged").asLong() - statsBefore.get("merged").asLong()).isEqualTo(1);
        assertThat(stats.get("dismissed").asLong() - statsBefore.get("dismissed").asLong()).isEqualTo(1);
        assertThat(stats.get("percent").decimalValue()).isEqualByComparingTo(java.math.BigDecimal
                .valueOf(100.0 * stats.get("merged").asLong() / stats.get("registered").asLong())
                .setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(as(Role.ADMIN).get("/actuator/prometheus").body()).contains("dozor_requests_duplicate_percent");
        assertThat(as(Role.MANAGER).get("/api/v1/requests/duplicate-stats?days=0").status()).isEqualTo(400);
    }

    @Test
    void theSameCustomerWithASimilarDescriptionIsAProbableDuplicateToo() {
        Map<String, Object> body = new HashMap<>(RequestRegistrationIntegrationTests.validBody());
        body.remove("serialNumber");
        body.put("unp", "290308249");
        body.put("problemDescription", "Регистратор на складе №2 не пишет архив с камер 1 и 2");
        String first = as(Role.DISPATCHER).post("/api/v1/requests", body).json().get("id").asString();
        body.put("problemDescription", "Регистратор на складе №2 не пишет архив с камер 1, 2");
        JsonNode second = as(Role.DISPATCHER).post("/api/v1/requests", body).json();
        assertThat(second.get("duplicateOf").asString()).isEqualTo(first);
    }
}
