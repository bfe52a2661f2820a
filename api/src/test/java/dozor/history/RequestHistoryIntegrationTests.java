package dozor.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.documents.SampleFiles;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp.Multipart;
import tools.jackson.databind.JsonNode;

class RequestHistoryIntegrationTests extends ApiIntegrationTest {

    @Test
    void mergesTheAuditTrailCommentsDocumentsAndLinksIntoOneTimelineNewestLast() {
        String request = newRequest();
        String base = "/api/v1/requests/" + request;
        as(Role.ENGINEER).post(base + "/comments", Map.of("text", "Принял в работу", "visibility", "INTERNAL"));
        var photo = as(Role.ENGINEER).postMultipart(base + "/documents", new Multipart()
                .file("file", "плата.jpg", "image/jpeg", SampleFiles.image("jpg")).field("kind", "PHOTO"));
        String photoId = photo.json().get("id").asString();
        as(Role.ACCOUNTANT).post(base + "/links", Map.of("kind", "INVOICE", "reference", "СФ-77"));
        assertThat(as(Role.MANAGER).delete(base + "/documents/" + photoId).status()).isEqualTo(204);
        as(Role.DISPATCHER).post(base + "/comments", Map.of("text", "Клиент предупреждён", "visibility", "CUSTOMER"));

        var response = as(Role.WAREHOUSE).get(base + "/history");

        assertThat(response.status()).isEqualTo(200);
        JsonNode timeline = response.json();
        assertThat(timeline.get("truncated").asBoolean()).isFalse();
        JsonNode items = timeline.get("items");
        assertThat(values(items, "type")).containsExactly("AUDIT", "COMMENT", "DOCUMENT_ATTACHED", "LINK_ADDED",
                "DOCUMENT_DELETED", "COMMENT");
        assertThat(values(items, "actor")).containsExactly("dispatcher", "engineer", "engineer", "accountant",
                "manager", "dispatcher");
        assertThat(values(items, "summary")).containsExactly("Заявка зарегистрирована", "Принял в работу",
                "Прикреплён файл «плата.jpg»", "Привязан счёт № СФ-77", "Удалён файл «плата.jpg»",
                "Клиент предупреждён");

        JsonNode registered = items.get(0);
        assertThat(registered.get("action").asString()).isEqualTo("REGISTERED");
        assertThat(registered.get("before").isNull()).isTrue();
        assertThat(registered.get("after").get("id").asString()).isEqualTo(request);
        assertThat(registered.get("after").get("customerName").asString()).isEqualTo("ООО «Вектор»");
        assertThat(items.get(1).get("visibility").asString()).isEqualTo("INTERNAL");
        assertThat(items.get(5).get("visibility").asString()).isEqualTo("CUSTOMER");
        assertThat(items.get(2).get("refId").asString()).isEqualTo(photoId);
        assertThat(items.get(4).get("refId").asString()).isEqualTo(photoId);
        assertThat(values(items, "at").stream().map(Instant::parse).toList()).isSorted();

        var english = as(Role.WAREHOUSE).header("Accept-Language", "en").get(base + "/history").json().get("items");
        assertThat(english.get(0).get("summary").asString()).isEqualTo("Request registered");
        assertThat(english.get(3).get("summary").asString()).isEqualTo("Invoice No. СФ-77 linked");
    }

    @Test
    void keepsTheNewestEntriesWithinTheLimit() {
        String request = newRequest();
        for (int i = 1; i <= 4; i++) {
            as(Role.ENGINEER).post("/api/v1/requests/" + request + "/comments",
                    Map.of("text", "Шаг " + i, "visibility", "INTERNAL"));
        }

        JsonNode timeline = as(Role.ENGINEER).get("/api/v1/requests/" + request + "/history?limit=3").json();

        assertThat(timeline.get("truncated").asBoolean()).isTrue();
        assertThat(values(timeline.get("items"), "summary")).containsExactly("Шаг 2", "Шаг 3", "Шаг 4");
        JsonNode all = as(Role.ENGINEER).get("/api/v1/requests/" + request + "/history?limit=5").json();
        assertThat(all.get("truncated").asBoolean()).isFalse();
        assertThat(all.get("items")).hasSize(5);
    }

    @Test
    void readersOnlyUnknownRequestsAre404AndTheLimitIsChecked() {
        String request = newRequest();
        assertThat(as(Role.ANALYST).get("/api/v1/requests/" + request + "/history").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/requests/" + request + "/history").status()).isEqualTo(401);
        assertThat(as(Role.ENGINEER).get("/api/v1/requests/" + UUID.randomUUID() + "/history").status())
                .isEqualTo(404);
        var badLimit = as(Role.ENGINEER).get("/api/v1/requests/" + request + "/history?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(as(Role.ENGINEER).get("/api/v1/requests/" + request + "/history?limit=1001").status())
                .isEqualTo(400);
    }

    private String newRequest() {
        var body = Map.of("customerName", "ООО «Вектор»", "contactPhone", "+375291234567", "deviceModel",
                "Hikvision DS-7608NI-K2", "problemDescription", "Не пишет архив", "priority", "P2");
        return as(Role.DISPATCHER).post("/api/v1/requests", body).json().get("id").asString();
    }

    private static List<String> values(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }
}
