package dozor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import dozor.api.security.Role;
import dozor.events.sla.SlaEscalated;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.Samples;

/** The escalation ladder and task assignments reach the right people's feeds. */
class AlertsIntegrationTests extends ApiIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    String register() {
        var body = Samples.requestBody();
        body.put("serialNumber", "ALERT-" + System.nanoTime());
        body.put("category", "CONSULTATION");
        return as(Role.DISPATCHER).post("/api/v1/requests", body).json().get("id").asString();
    }

    String feed(Role role) {
        return as(role).get("/api/v1/notifications?size=50").body();
    }

    void escalate(String requestId, int level, String audience, String department, String assignee) {
        tx.executeWithoutResult(s -> events.publishEvent(new SlaEscalated(UUID.randomUUID(), Instant.now(), 1,
                UUID.fromString(requestId), department == null ? "FIRST_RESPONSE" : "LEG", "P2", level, audience,
                Instant.now(), department == null ? null : UUID.randomUUID(), department, assignee)));
    }

    @Test
    void theLadderClimbsFromTheDispatchersToTheManagers() {
        String id = register();
        String number = as(Role.DISPATCHER).get("/api/v1/requests/" + id).json().get("number").asString();
        escalate(id, 1, "ASSIGNEE", null, null);
        assertThat(feed(Role.DISPATCHER)).contains(number).contains("Эскалация 1");
        assertThat(feed(Role.MANAGER)).doesNotContain("Эскалация 1: заявка " + number);
        escalate(id, 3, "MANAGER", null, null);
        assertThat(feed(Role.MANAGER)).contains("Эскалация 3: заявка " + number);
    }

    @Test
    void aLegsFirstRungGoesToItsAssigneeAndTheSecondToTheDepartmentHead() {
        String id = register();
        String number = as(Role.DISPATCHER).get("/api/v1/requests/" + id).json().get("number").asString();
        jdbc.sql("UPDATE ops.department SET head_username = 'warehouse' WHERE code = 'WAREHOUSE'").update();
        try {
            escalate(id, 1, "ASSIGNEE", "ENGINEERING", "engineer");
            assertThat(feed(Role.ENGINEER)).contains("Эскалация 1: заявка " + number);
            escalate(id, 2, "DEPARTMENT_HEAD", "WAREHOUSE", "logistics");
            assertThat(feed(Role.WAREHOUSE)).contains("Эскалация 2: заявка " + number);
            assertThat(feed(Role.LOGISTICS)).doesNotContain("Эскалация 2: заявка " + number);
        }
        finally {
            jdbc.sql("UPDATE ops.department SET head_username = NULL").update();
        }
    }

    @Test
    void theSameEscalationDeliveredTwiceNotifiesOnce() {
        String id = register();
        var event = new SlaEscalated(UUID.randomUUID(), Instant.now(), 1, UUID.fromString(id), "RESOLUTION", "P2", 3,
                "MANAGER", Instant.now(), null, null, null);
        tx.executeWithoutResult(s -> events.publishEvent(event));
        tx.executeWithoutResult(s -> events.publishEvent(event));
        String number = as(Role.DISPATCHER).get("/api/v1/requests/" + id).json().get("number").asString();
        String feed = feed(Role.MANAGER);
        assertThat(feed.split("Эскалация 3: заявка " + number, -1)).hasSize(2);
    }

    @Test
    void aTaskGivenToSomeoneLandsInTheirFeed() {
        String id = register();
        as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/transitions", Map.of("action", "TRIAGE"));
        String number = as(Role.DISPATCHER).get("/api/v1/requests/" + id).json().get("number").asString();
        String assignee = as(Role.DISPATCHER).get("/api/v1/requests/" + id + "/tasks").json().get(0).get("assignee")
                .asString();
        assertThat(new dozor.testing.TestHttp(baseUrl()).basic(assignee, PASSWORD)
                .get("/api/v1/notifications?size=50").body()).contains("Вам назначена работа по заявке " + number)
                .as("the work is named in Russian, not by its code").doesNotContainPattern("\"text\":\"[A-Z_]+: ");
    }

    @Test
    void takingATaskYourselfBringsNoNotice() {
        String id = register();
        as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/transitions", Map.of("action", "TRIAGE"));
        String number = as(Role.DISPATCHER).get("/api/v1/requests/" + id).json().get("number").asString();
        var task = as(Role.DISPATCHER).get("/api/v1/requests/" + id + "/tasks").json().get(0);
        String assignee = task.get("assignee").asString();
        java.util.Map<String, Object> nobody = new java.util.HashMap<>();
        nobody.put("assignee", null);
        assertThat(as(Role.DISPATCHER).post("/api/v1/tasks/" + task.get("id").asString() + "/assign", nobody)
                .status()).isEqualTo(200);
        var person = new dozor.testing.TestHttp(baseUrl()).basic(assignee, PASSWORD);
        assertThat(person.post("/api/v1/tasks/" + task.get("id").asString() + "/start", "{}").status())
                .isEqualTo(200);
        String feed = person.get("/api/v1/notifications?size=100").body();
        assertThat(feed.split(java.util.regex.Pattern.quote("Вам назначена работа по заявке " + number), -1))
                .as("only the notice of the first assignment").hasSize(2);
    }
}
