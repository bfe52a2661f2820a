package dozor.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.LogisticsData;
import tools.jackson.databind.JsonNode;

/** The day's delivery plan by carrier and route, and its printable PDF (JasperReports, Cyrillic in DejaVu Sans). */
class DeliveryPlanIntegrationTests extends ApiIntegrationTest {

    final LogisticsData data = new LogisticsData(this::as);

    static final LocalDate DAY = LocalDate.of(2027, 1, 15);

    @Test
    void theDaysShipmentsByCarrierAndRouteAndTheirPrintableList() throws Exception {
        String item = data.item("Видеорегистратор «Дозор-8»", false);
        String wh = data.warehouse("CENTRAL");
        plan(wh, item, "CDEK", "CDEK-PLAN-1", "Минск — Восток", DAY);
        plan(wh, item, "DPD", "DPD-PLAN-3", null, DAY);
        plan(wh, item, "CDEK", "CDEK-PLAN-2", "Минск — Восток", DAY);
        String cancelled = plan(wh, item, "CDEK", "CDEK-CANCELLED", "Минск — Восток", DAY);
        assertThat(as(Role.LOGISTICS).post("/api/v1/logistics/shipments/" + cancelled + "/status",
                Map.of("status", "CANCELLED")).status()).isEqualTo(200);
        plan(wh, item, "BELPOCHTA", "BEL-OTHER-DAY", null, DAY.plusDays(1));

        JsonNode plan = as(Role.DISPATCHER).get("/api/v1/logistics/plan?date=" + DAY).json();
        assertThat(plan.get("total").asInt()).isEqualTo(3);
        JsonNode groups = plan.get("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("carrier").asString()).isEqualTo("CDEK");
        assertThat(groups.get(0).get("carrierName").asString()).isEqualTo("СДЭК");
        assertThat(groups.get(0).get("route").asString()).isEqualTo("Минск — Восток");
        assertThat(groups.get(0).get("shipments")).extracting(s -> s.get("trackingNumber").asString())
                .containsExactlyInAnyOrder("CDEK-PLAN-1", "CDEK-PLAN-2");
        assertThat(groups.get(1).get("carrier").asString()).isEqualTo("DPD");
        assertThat(groups.get(1).get("shipments").get(0).get("trackingNumber").asString()).isEqualTo("DPD-PLAN-3");

        var pdf = as(Role.LOGISTICS).getBytes("/api/v1/logistics/plan/print?date=" + DAY);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("План доставки на 15.01.2027", "СДЭК — маршрут: Минск — Восток", "Трек-номер",
                    "Получатель", "CDEK-PLAN-1", "CDEK-PLAN-2", "DPD-PLAN-3", "Видеорегистратор «Дозор-8» × 1",
                    "Всего отгрузок: 3");
            assertThat(text).doesNotContain("CDEK-CANCELLED", "BEL-OTHER-DAY");
            var resources = document.getPage(0).getResources();
            boolean embeddedDejaVu = false;
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                embeddedDejaVu |= font.getName().contains("DejaVuSans") && font.isEmbedded();
            }
            assertThat(embeddedDejaVu).as("Cyrillic is set in an embedded DejaVu Sans").isTrue();
        }
    }

    String plan(String wh, String item, String carrier, String tracking, String route, LocalDate day) {
        Map<String, Object> body = new HashMap<>(data.toCustomer("NEW_EQUIPMENT", null, wh, item, 1, null, carrier,
                tracking, day));
        if (route != null) {
            body.put("route", route);
        }
        body.put("recipientPhone", "+375 29 111-22-33");
        return data.plan(body).get("id").asString();
    }
}
