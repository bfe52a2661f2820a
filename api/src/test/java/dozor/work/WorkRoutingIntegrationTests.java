package dozor.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/** Routing creates each department's tasks; the request advances as they finish. */
class WorkRoutingIntegrationTests extends ApiIntegrationTest {

    @BeforeEach
    void secondEngineer() {
        if (!users.exists("engineer2")) {
            users.create("engineer2", "Второй инженер", PASSWORD, EnumSet.of(Role.ENGINEER), "ru");
        }
    }

    TestHttp user(String name) {
        return new TestHttp(baseUrl()).basic(name, PASSWORD);
    }

    String registerAndTriage(String category) {
        Map<String, Object> body = new HashMap<>(dozor.testing.Samples.requestBody());
        body.put("category", category);
        body.put("deviceType", "CCTV_NVR");
        body.put("serialNumber", "WORK-" + System.nanoTime());
        String id = as(Role.DISPATCHER).post("/api/v1/requests", body).json().get("id").asString();
        assertThat(as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/transitions", Map.of("action", "TRIAGE"))
                .status()).isEqualTo(200);
        return id;
    }

    Map<String, JsonNode> tasks(String requestId) {
        Map<String, JsonNode> byKind = new HashMap<>();
        as(Role.DISPATCHER).get("/api/v1/requests/" + requestId + "/tasks").json()
                .forEach(t -> byKind.put(t.get("kind").asString(), t));
        return byKind;
    }

    String requestStatus(String id) {
        return as(Role.DISPATCHER).get("/api/v1/requests/" + id).json().get("status").asString();
    }

    int post(TestHttp who, String path) {
        return who.post(path, "{}").status();
    }

    @Test
    void aPaidRepairIsRoutedToEveryDepartmentAndAdvancesAsTheyFinish() {
        String id = registerAndTriage("PAID_REPAIR");
        Map<String, JsonNode> tasks = tasks(id);
        assertThat(tasks.keySet()).containsExactlyInAnyOrder("DIAGNOSE", "RESERVE_PARTS", "REPAIR", "INVOICE", "SHIP");
        assertThat(tasks.get("RESERVE_PARTS").get("department").asString()).isEqualTo("WAREHOUSE");
        assertThat(tasks.get("RESERVE_PARTS").get("dependsOn").asString()).isEqualTo(tasks.get("DIAGNOSE").get("id").asString());
        assertThat(tasks.get("RESERVE_PARTS").get("assignee").asString()).isEqualTo("warehouse");
        assertThat(tasks.get("INVOICE").get("assignee").asString()).isEqualTo("accountant");
        assertThat(tasks.get("DIAGNOSE").get("plannedDueAt").isNull()).isFalse();

        String diagnose = tasks.get("DIAGNOSE").get("id").asString();
        String engineer = tasks.get("DIAGNOSE").get("assignee").asString();
        assertThat(post(user("warehouse"), "/api/v1/tasks/" + tasks.get("RESERVE_PARTS").get("id").asString() + "/start"))
                .as("waits for the diagnosis").isEqualTo(409);
        assertThat(post(user("warehouse"), "/api/v1/tasks/" + diagnose + "/start")).as("not the warehouse's task")
                .isEqualTo(403);

        assertThat(post(user(engineer), "/api/v1/tasks/" + diagnose + "/start")).isEqualTo(200);
        assertThat(requestStatus(id)).isEqualTo("IN_PROGRESS");
        assertThat(post(user(engineer), "/api/v1/tasks/" + diagnose + "/complete")).isEqualTo(200);
        assertThat(requestStatus(id)).as("the repair now waits for the warehouse's reservation")
                .isEqualTo("AWAITING_PARTS");
        assertThat(post(user("warehouse"), "/api/v1/tasks/" + tasks.get("RESERVE_PARTS").get("id").asString()
                + "/complete")).isEqualTo(200);
        assertThat(requestStatus(id)).as("the parts arrived").isEqualTo("IN_PROGRESS");
        assertThat(post(user(tasks.get("REPAIR").get("assignee").asString()), "/api/v1/tasks/"
                + tasks.get("REPAIR").get("id").asString() + "/complete")).isEqualTo(200);
        assertThat(requestStatus(id)).as("work done, invoice and shipping remain").isEqualTo("READY");
        assertThat(post(user("accountant"), "/api/v1/tasks/" + tasks.get("INVOICE").get("id").asString() + "/complete"))
                .isEqualTo(200);
        assertThat(post(user("logistics"), "/api/v1/tasks/" + tasks.get("SHIP").get("id").asString() + "/complete"))
                .isEqualTo(200);
        assertThat(requestStatus(id)).isEqualTo("SHIPPED");
        assertThat(as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/transitions", Map.of("action", "CLOSE"))
                .status()).isEqualTo(200);

        assertThat(jdbc.sql("SELECT event_type, count(*) FROM ops.outbox WHERE aggregate_id = :id AND topic = "
                + "'dozor.work.events' GROUP BY event_type").param("id", id).query().listOfRows())
                .extracting(r -> r.get("event_type") + "=" + r.get("count"))
                .contains("TaskCreated=5", "TaskCompleted=5", "TaskStarted=1");
    }

    /** The engineer a new task should go to now: fewest open tasks, ties by name. */
    String leastLoadedEngineer() {
        JsonNode load = as(Role.DISPATCHER).get("/api/v1/tasks/load?department=ENGINEERING").json();
        String best = null;
        for (String name : List.of("engineer", "engineer2")) {
            if (best == null || load.get(name).asInt() < load.get(best).asInt()) {
                best = name;
            }
        }
        return best;
    }

    @Test
    void anEngineerWhoNeedsPartsPausesTheRequestUntilTheyArrive() {
        String id = registerAndTriage("CONSULTATION");
        JsonNode consult = tasks(id).get("CONSULT");
        TestHttp engineer = user(consult.get("assignee").asString());
        String task = consult.get("id").asString();
        assertThat(post(engineer, "/api/v1/tasks/" + task + "/start")).isEqualTo(200);
        assertThat(engineer.post("/api/v1/tasks/" + task + "/parts", Map.of("kind", "REPAIR")).status())
                .as("only a parts task can bring parts").isEqualTo(400);
        assertThat(user("logistics").post("/api/v1/tasks/" + task + "/parts", Map.of("kind", "PURCHASE_PARTS"))
                .status()).as("not the logistics' task").isEqualTo(403);
        assertThat(requestStatus(id)).as("nothing written by the refused calls").isEqualTo("IN_PROGRESS");
        assertThat(tasks(id)).hasSize(1);

        var parts = engineer.post("/api/v1/tasks/" + task + "/parts",
                Map.of("kind", "PURCHASE_PARTS", "note", "Блок питания 12 В"));
        assertThat(parts.status()).isEqualTo(201);
        assertThat(parts.json().get("department").asString()).isEqualTo("PROCUREMENT");
        assertThat(parts.json().get("assignee").asString()).isEqualTo("procurement");
        assertThat(requestStatus(id)).isEqualTo("AWAITING_PARTS");
        assertThat(post(engineer, "/api/v1/tasks/" + task + "/complete")).as("the parts are not there yet")
                .isEqualTo(409);
        assertThat(engineer.post("/api/v1/tasks/" + task + "/parts", Map.of("kind", "RESERVE_PARTS")).status())
                .as("already waiting").isEqualTo(409);

        assertThat(post(user("procurement"), "/api/v1/tasks/" + parts.json().get("id").asString() + "/complete"))
                .isEqualTo(200);
        assertThat(requestStatus(id)).isEqualTo("IN_PROGRESS");
        assertThat(post(engineer, "/api/v1/tasks/" + task + "/complete")).isEqualTo(200);
        assertThat(requestStatus(id)).isEqualTo("READY");

        List<Map<String, Object>> intervals = jdbc.sql("""
                SELECT status, reason FROM ops.request_status_interval WHERE request_id = CAST(:id AS uuid)
                 ORDER BY entered_at""").param("id", id).query().listOfRows();
        assertThat(intervals).extracting(r -> r.get("status")).containsExactly("NEW", "TRIAGED", "IN_PROGRESS",
                "AWAITING_PARTS", "IN_PROGRESS", "READY");
        assertThat((String) intervals.get(3).get("reason")).contains("ожидание запчастей", "закупка");
        assertThat((String) intervals.get(4).get("reason")).contains("запчасти получены");
    }

    @Test
    void newTasksGoToTheLeastLoadedQualifiedEngineer() {
        for (int i = 0; i < 3; i++) {
            String expected = leastLoadedEngineer();
            String request = registerAndTriage("CONSULTATION");
            assertThat(tasks(request).get("CONSULT").get("assignee").asString()).isEqualTo(expected);
        }

        jdbc.sql("INSERT INTO ops.staff_qualification VALUES ('engineer2', 'VEHICLE_DVR') ON CONFLICT DO NOTHING")
                .update();
        try {
            String third = registerAndTriage("CONSULTATION");
            assertThat(tasks(third).get("CONSULT").get("assignee").asString())
                    .as("engineer2 only takes vehicle recorders now").isEqualTo("engineer");
        }
        finally {
            jdbc.sql("DELETE FROM ops.staff_qualification WHERE username = 'engineer2'").update();
        }
    }

    @Test
    void coordinatorsReassignOnlyToQualifiedStaff() {
        String id = registerAndTriage("CONSULTATION");
        String task = tasks(id).get("CONSULT").get("id").asString();
        assertThat(as(Role.DISPATCHER).post("/api/v1/tasks/" + task + "/assign", Map.of("assignee", "warehouse"))
                .status()).isEqualTo(400);
        assertThat(user("engineer").post("/api/v1/tasks/" + task + "/assign", Map.of("assignee", "engineer2"))
                .status()).isEqualTo(403);
        var assigned = as(Role.DISPATCHER).post("/api/v1/tasks/" + task + "/assign", Map.of("assignee", "engineer2"));
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("assignee").asString()).isEqualTo("engineer2");
        assertThat(user("engineer2").get("/api/v1/tasks?assignee=me").json().toString()).contains(task);
    }

    @Test
    void whoeverTakesAnUnassignedTaskBecomesItsAssigneeForEveryConsumer() {
        String id = registerAndTriage("CONSULTATION");
        String task = tasks(id).get("CONSULT").get("id").asString();
        Map<String, Object> nobody = new HashMap<>();
        nobody.put("assignee", null);
        assertThat(as(Role.DISPATCHER).post("/api/v1/tasks/" + task + "/assign", nobody).status()).isEqualTo(200);
        assertThat(post(user("engineer2"), "/api/v1/tasks/" + task + "/start")).isEqualTo(200);
        assertThat(tasks(id).get("CONSULT").get("assignee").asString()).isEqualTo("engineer2");
        // the unassignment, then the taking: the clocks and the star schema learn who has the task from events only
        assertThat(jdbc.sql("SELECT coalesce(payload->>'assignee', '-') FROM ops.outbox WHERE aggregate_id = :id "
                + "AND event_type = 'TaskAssigned' AND payload->>'taskId' = :task ORDER BY id").param("id", id)
                .param("task", task).query(String.class).list()).containsExactly("-", "engineer2");
    }

    @Test
    void cancellingARequestCancelsItsOpenTasks() {
        String id = registerAndTriage("INSTALLATION");
        assertThat(as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/transitions",
                Map.of("action", "CANCEL", "reason", "Клиент отказался")).status()).isEqualTo(200);
        assertThat(tasks(id).values()).allSatisfy(t -> assertThat(t.get("status").asString()).isEqualTo("CANCELLED"));
    }
}
