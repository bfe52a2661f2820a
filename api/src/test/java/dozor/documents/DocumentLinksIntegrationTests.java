package dozor.documents;

import static dozor.documents.DocumentsIntegrationTests.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

class DocumentLinksIntegrationTests extends ApiIntegrationTest {

    @Test
    void linksAnInvoiceByReferenceAndRefusesTheSameLinkTwice() {
        String request = newRequest();

        var created = as(Role.ACCOUNTANT).post(linksOf(request),
                Map.of("kind", "INVOICE", "reference", "  СФ-2026/0042 ", "title", "Счёт за ремонт"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode link = created.json();
        assertThat(link.get("kind").asString()).isEqualTo("INVOICE");
        assertThat(link.get("reference").asString()).isEqualTo("СФ-2026/0042");
        assertThat(link.get("title").asString()).isEqualTo("Счёт за ремонт");
        assertThat(link.get("createdBy").asString()).isEqualTo("accountant");
        assertThat(link.get("requestId").asString()).isEqualTo(request);

        long links = count("ops.request_document_link");
        var repeat = as(Role.DISPATCHER).post(linksOf(request), Map.of("kind", "INVOICE", "reference", "сф-2026/0042"));
        assertThat(repeat.status()).isEqualTo(409);
        assertThat(repeat.header("Content-Type")).startsWith("application/problem+json");
        assertThat(repeat.json().get("type").asString()).isEqualTo("https://dozor.by/problems/duplicate-link");
        assertThat(repeat.json().get("detail").asString()).isEqualTo("Счёт № сф-2026/0042 уже привязан к этой заявке");
        assertThat(fields(repeat.json())).containsExactly("reference");
        assertThat(count("ops.request_document_link")).isEqualTo(links);

        // The same number as another kind of document, or on another request, is another link.
        assertThat(as(Role.LOGISTICS).post(linksOf(request), Map.of("kind", "WAYBILL", "reference", "СФ-2026/0042"))
                .status()).isEqualTo(201);
        assertThat(as(Role.ACCOUNTANT).post(linksOf(newRequest()),
                Map.of("kind", "INVOICE", "reference", "СФ-2026/0042")).status()).isEqualTo(201);

        JsonNode list = as(Role.ENGINEER).get(linksOf(request)).json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("kind").asString()).isEqualTo("INVOICE");
        assertThat(list.get(1).get("kind").asString()).isEqualTo("WAYBILL");
        assertThat(list.get(1).get("title").isNull()).isTrue();
    }

    @Test
    void rejectsBadLinksNamingEveryFieldAndWritesNothing() {
        String request = newRequest();
        long links = count("ops.request_document_link");
        long audit = count("ops.audit_log");
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PHOTO");
        body.put("reference", " ");
        body.put("title", "x".repeat(201));

        var response = as(Role.DISPATCHER).post(linksOf(request), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.json())).containsExactlyInAnyOrder("kind", "reference", "title");
        assertThat(DocumentsIntegrationTests.message(response.json(), "kind"))
                .isEqualTo("Вид документа — одно из значений: CONTRACT, INVOICE, ACT, WAYBILL");
        var tooLong = as(Role.DISPATCHER).post(linksOf(request), Map.of("kind", "ACT", "reference", "1".repeat(101)));
        assertThat(fields(tooLong.json())).containsExactly("reference");
        assertThat(count("ops.request_document_link")).isEqualTo(links);
        assertThat(count("ops.audit_log")).isEqualTo(audit);
    }

    @Test
    void onlyRequestReadersLinkAndAnUnknownRequestIs404() {
        String request = newRequest();
        Map<String, String> body = Map.of("kind", "CONTRACT", "reference", "Д-17/2026");
        assertThat(as(Role.ANALYST).post(linksOf(request), body).status()).isEqualTo(403);
        assertThat(as(Role.ANALYST).get(linksOf(request)).status()).isEqualTo(403);
        assertThat(anonymous().post(linksOf(request), body).status()).isEqualTo(401);
        assertThat(anonymous().get(linksOf(request)).status()).isEqualTo(401);
        String unknown = UUID.randomUUID().toString();
        assertThat(as(Role.MANAGER).post(linksOf(unknown), body).status()).isEqualTo(404);
        assertThat(as(Role.MANAGER).get(linksOf(unknown)).status()).isEqualTo(404);
    }

    private String newRequest() {
        var body = Map.of("customerName", "ИП Петров", "contactPhone", "+375447654321", "deviceModel", "Dahua XVR",
                "problemDescription", "Нет изображения", "priority", "P3");
        return as(Role.DISPATCHER).post("/api/v1/requests", body).json().get("id").asString();
    }

    private static String linksOf(String request) {
        return "/api/v1/requests/" + request + "/links";
    }
}
