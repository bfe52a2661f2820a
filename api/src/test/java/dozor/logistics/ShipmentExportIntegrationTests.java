package dozor.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.LogisticsData;

/** The shipments board of the web UI exported as CSV and XLSX, filtered as on the board. */
class ShipmentExportIntegrationTests extends ApiIntegrationTest {

    final LogisticsData data = new LogisticsData(this::as);

    static final LocalDate DAY = LocalDate.of(2027, 2, 9);

    @Test
    void shipmentsAreExportedWithTheBoardsFilters() throws Exception {
        String marker = "EXPL" + System.nanoTime() % 1_000_000_000L;
        String item = data.item("Регистратор выгрузки " + marker, false);
        String wh = data.warehouse("CENTRAL");
        String cdek = plan(wh, item, "CDEK", marker + "-C", "NEW_EQUIPMENT");
        plan(wh, item, "DPD", marker + "-D", "NEW_EQUIPMENT");
        assertThat(cdek).isNotBlank();

        var csv = as(Role.ENGINEER).getBytes("/api/v1/logistics/export/shipments?format=csv&plannedDate=" + DAY
                + "&carrier=CDEK&q=" + marker.toLowerCase());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("otgruzki-").contains(".csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFНомер;Вид;Статус;Дата;Перевозчик;Трек-номер;Маршрут;Откуда;Куда");
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text).contains(";Новое оборудование;Запланирована;09.02.2027;СДЭК;" + marker + "-C;Минск — Запад;")
                .contains("Регистратор выгрузки " + marker + " × 2;2;").doesNotContain(marker + "-D");

        var xlsx = as(Role.LOGISTICS).getBytes("/api/v1/logistics/export/shipments?format=xlsx&plannedDate=" + DAY
                + "&q=" + marker);
        assertThat(xlsx.status()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheet("Отгрузки");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Трек-номер");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(2.0);
        }

        var none = as(Role.LOGISTICS).getBytes("/api/v1/logistics/export/shipments?format=csv&status=DELIVERED&q="
                + marker);
        assertThat(new String(none.body(), StandardCharsets.UTF_8).lines().toList()).hasSize(1);
        var transfers = as(Role.LOGISTICS).getBytes("/api/v1/logistics/export/shipments?format=csv&kind=TRANSFER&q="
                + marker);
        assertThat(new String(transfers.body(), StandardCharsets.UTF_8).lines().toList()).hasSize(1);

        assertThat(as(Role.LOGISTICS).getBytes("/api/v1/logistics/export/shipments?format=pdf").status()).isEqualTo(400);
        assertThat(as(Role.LOGISTICS).getBytes("/api/v1/logistics/export/shipments?status=LOST").status())
                .isEqualTo(400);
    }

    String plan(String wh, String item, String carrier, String tracking, String kind) {
        Map<String, Object> body = new HashMap<>(data.toCustomer(kind, null, wh, item, 2, null, carrier, tracking, DAY));
        body.put("route", "Минск — Запад");
        return data.plan(body).get("id").asString();
    }
}
