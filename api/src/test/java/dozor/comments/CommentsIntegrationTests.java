package dozor.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

class CommentsIntegrationTests extends ApiIntegrationTest {

    @Test
    void addsACommentWithItsEventInTheSameTransactionWithoutTheText() {
        String request = newRequest();

        var created = as(Role.ENGINEER).post(commentsOf(request),
                Map.of("text", "  Заменил блок питания, жду диск.  ", "visibility", "INTERNAL"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode comment = created.json();
        String id = comment.get("id").asString();
        assertThat(comment.get("requestId").asString()).isEqualTo(request);
        assertThat(comment.get("text").asString()).isEqualTo("Заменил блок питания, жду диск.");
        assertThat(comment.get("visibility").asString()).isEqualTo("INTERNAL");
        assertThat(comment.get("author").asString()).isEqualTo("engineer");
        assertThat(comment.get("createdAt").asString()).isNotBlank();

        var events = jdbc.sql("SELECT topic, payload::text AS payload FROM ops.outbox WHERE aggregate_id = :id "
                + "AND event_type = 'CommentAdded'").param("id", request).query().listOfRows();
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).containsEntry("topic", "dozor.requests.events");
        JsonNode event = TestHttp.JSON.readTree((String) events.get(0).get("payload"));
        assertThat(event.get("commentId").asString()).isEqualTo(id);
        assertThat(event.get("visibility").asString()).isEqualTo("INTERNAL");
        assertThat(event.get("author").asString()).isEqualTo("engineer");
        assertThat(event.toString()).doesNotContain("блок питания");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.audit_log WHERE entity_id = :id AND action = 'COMMENT_ADDED'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyRequestReaderCommentsAndTheListEndsWithTheNewest() {
        String request = newRequest();
        List<Role> readers = List.of(Role.DISPATCHER, Role.ENGINEER, Role.WAREHOUSE, Role.LOGISTICS,
                Role.PROCUREMENT, Role.ACCOUNTANT, Role.MANAGER, Role.ADMIN);
        for (Role role : readers) {
            String visibility = role == Role.MANAGER ? "CUSTOMER" : "INTERNAL";
            var response = as(role).post(commentsOf(request),
                    Map.of("text", "Комментарий " + role, "visibility", visibility));
            assertThat(response.status()).as(role.name()).isEqualTo(201);
        }

        var list = as(Role.WAREHOUSE).get(commentsOf(request));

        assertThat(list.status()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        list.json().forEach(c -> texts.add(c.get("text").asString()));
        assertThat(texts).containsExactlyElementsOf(readers.stream().map(r -> "Комментарий " + r).toList());
        assertThat(list.json().get(6).get("visibility").asString()).isEqualTo("CUSTOMER");
    }

    @Test
    void rejectsEmptyOrTooLongTextAndAnUnknownVisibilityAndWritesNothing() {
        String request = newRequest();
        long comments = count("ops.request_comment");
        long outbox = count("ops.outbox");

        var blank = as(Role.ENGINEER).post(commentsOf(request), Map.of("text", "   ", "visibility", "PUBLIC"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(fields(blank.json())).containsExactlyInAnyOrder("text", "visibility");
        assertThat(message(blank.json(), "text")).isEqualTo("Напишите текст комментария");

        var tooLong = as(Role.ENGINEER).header("Accept-Language", "en").post(commentsOf(request),
                Map.of("text", "я".repeat(10_001), "visibility", "CUSTOMER"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(fields(tooLong.json())).containsExactly("text");
        assertThat(message(tooLong.json(), "text")).isEqualTo("Comment: at most 10,000 characters");

        Map<String, Object> noVisibility = new HashMap<>();
        noVisibility.put("text", "Текст");
        assertThat(fields(as(Role.ENGINEER).post(commentsOf(request), noVisibility).json()))
                .containsExactly("visibility");
        assertThat(as(Role.ENGINEER).post(commentsOf(request), "{\"text\": [1]}").status()).isEqualTo(400);
        assertThat(count("ops.request_comment")).isEqualTo(comments);
        assertThat(count("ops.outbox")).isEqualTo(outbox);

        var longest = as(Role.ENGINEER).post(commentsOf(request),
                Map.of("text", "я".repeat(10_000), "visibility", "CUSTOMER"));
        assertThat(longest.status()).isEqualTo(201);
    }

    @Test
    void analystsAndAnonymousCallersAreTurnedAwayAndAnUnknownRequestIs404() {
        String request = newRequest();
        Map<String, String> body = Map.of("text", "Проверка", "visibility", "INTERNAL");
        assertThat(as(Role.ANALYST).post(commentsOf(request), body).status()).isEqualTo(403);
        assertThat(as(Role.ANALYST).get(commentsOf(request)).status()).isEqualTo(403);
        assertThat(anonymous().post(commentsOf(request), body).status()).isEqualTo(401);
        assertThat(anonymous().get(commentsOf(request)).status()).isEqualTo(401);
        String unknown = UUID.randomUUID().toString();
        var missing = as(Role.ENGINEER).post(commentsOf(unknown), body);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).isEqualTo("Заявка " + unknown + " не найдена");
        assertThat(as(Role.ENGINEER).get(commentsOf(unknown)).status()).isEqualTo(404);
    }

    private String newRequest() {
        var body = Map.of("customerName", "ООО «Техносервис»", "contactPhone", "+375172001122", "deviceModel",
                "Hikvision DS-7216", "problemDescription", "Перезагружается", "priority", "P2");
        return as(Role.DISPATCHER).post("/api/v1/requests", body).json().get("id").asString();
    }

    private static String commentsOf(String request) {
        return "/api/v1/requests/" + request + "/comments";
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
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
