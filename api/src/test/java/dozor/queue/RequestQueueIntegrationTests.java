package dozor.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import dozor.api.security.Role;
import dozor.events.sla.SlaBreached;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.Samples;
import tools.jackson.databind.JsonNode;

class RequestQueueIntegrationTests extends ApiIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    final String marker = "м" + Long.toString(System.nanoTime(), 36);

    String register(String description, String priority, String category) {
        Map<String, Object> body = Samples.requestBody();
        body.put("problemDescription", description + " " + marker);
        body.put("priority", priority);
        body.put("category", category);
        body.put("serialNumber", "Q-" + UUID.randomUUID());
        var response = as(Role.DISPATCHER).post("/api/v1/requests", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    List<String> ids(String query) {
        JsonNode page = as(Role.DISPATCHER).get("/api/v1/requests?" + query).json();
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    @Test
    void fullTextSearchUnderstandsRussianWordForms() {
        String repair = register("Требуется ремонт регистратора после грозы", "P3", "PAID_REPAIR");
        String install = register("Монтаж камер на складе", "P3", "INSTALLATION");
        assertThat(ids("q=ремонта")).contains(repair).doesNotContain(install);
        assertThat(ids("q=" + encode("регистраторы грозой"))).contains(repair);
        assertThat(ids("q=" + encode("камеры складах"))).contains(install).doesNotContain(repair);
        String number = as(Role.DISPATCHER).get("/api/v1/requests/" + repair).json().get("number").asString();
        assertThat(ids("q=" + encode(number))).containsExactly(repair);
    }

    @Test
    void filtersCombineAndSortOnTheServer() {
        String urgent = register("Нет изображения", "P1", "WARRANTY_REPAIR");
        String relaxed = register("Плановая проверка", "P4", "CONSULTATION");
        String mid = register("Проверка архива", "P2", "PAID_REPAIR");
        String q = "q=" + marker;
        assertThat(ids(q + "&priority=P1&priority=P2")).containsExactlyInAnyOrder(urgent, mid);
        assertThat(ids(q + "&category=CONSULTATION")).containsExactly(relaxed);
        assertThat(ids(q + "&sort=PRIORITY")).containsExactly(urgent, mid, relaxed);
        assertThat(ids(q + "&sort=OLDEST")).containsExactly(urgent, relaxed, mid);
        assertThat(ids(q + "&sort=PRIORITY&size=2&page=1")).containsExactly(relaxed);

        as(Role.DISPATCHER).post("/api/v1/requests/" + mid + "/transitions", Map.of("action", "TRIAGE"));
        assertThat(ids(q + "&status=TRIAGED")).containsExactly(mid);
        assertThat(ids(q + "&department=WAREHOUSE")).as("the paid repair got a warehouse task").containsExactly(mid);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Minsk")).toString();
        assertThat(ids(q + "&from=" + today + "&to=" + today)).hasSize(3);
        assertThat(ids(q + "&to=2020-01-01")).isEmpty();
        assertThat(as(Role.DISPATCHER).get("/api/v1/requests?sort=SIDEWAYS").status()).isEqualTo(400);
        assertThat(as(Role.DISPATCHER).get("/api/v1/requests?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void theSlaStateFromTheStreamsSideIsFilterable() {
        String late = register("Просроченная", "P1", "PAID_REPAIR");
        tx.executeWithoutResult(s -> events.publishEvent(new SlaBreached(UUID.randomUUID(), Instant.now(), 1,
                UUID.fromString(late), "FIRST_RESPONSE", "P1", Instant.now(), Instant.now(), null, null, null)));
        assertThat(ids("q=" + marker + "&slaState=BREACHED")).containsExactly(late);
    }

    @Test
    void exportsTheFilteredListAsCsvAndXlsx() throws Exception {
        String one = register("Экспорт один", "P2", "PAID_REPAIR");
        register("Экспорт два", "P3", "PAID_REPAIR");
        String number = as(Role.DISPATCHER).get("/api/v1/requests/" + one).json().get("number").asString();

        HttpResponse<byte[]> csv = download("/api/v1/requests/export?format=csv&priority=P2&q=" + marker);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains(".csv");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFНомер;Зарегистрирована;Клиент").contains(number);
        assertThat(text.lines().count()).isEqualTo(2);

        HttpResponse<byte[]> xlsx = download("/api/v1/requests/export?format=xlsx&q=" + marker);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheet("Заявки");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Номер");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
        }
        assertThat(download("/api/v1/requests/export?format=pdf").statusCode()).isEqualTo(400);
    }

    @Test
    void everyoneKeepsTheirOwnSavedFilters() {
        var saved = as(Role.DISPATCHER).post("/api/v1/saved-filters", Map.of("name", "Мои срочные",
                "filter", Map.of("priority", List.of("P1"), "slaState", List.of("BREACHED"))));
        assertThat(saved.status()).isEqualTo(201);
        String id = saved.json().get("id").asString();
        assertThat(as(Role.DISPATCHER).get("/api/v1/saved-filters").body()).contains("Мои срочные").contains("BREACHED");
        assertThat(as(Role.MANAGER).get("/api/v1/saved-filters").body()).doesNotContain("Мои срочные");
        assertThat(as(Role.MANAGER).delete("/api/v1/saved-filters/" + id).status()).isEqualTo(404);
        assertThat(as(Role.DISPATCHER).delete("/api/v1/saved-filters/" + id).status()).isEqualTo(204);
        assertThat(as(Role.DISPATCHER).post("/api/v1/saved-filters", Map.of("filter", Map.of())).status())
                .isEqualTo(400);
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("dispatcher:" + PASSWORD).getBytes());
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Basic " + auth).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
