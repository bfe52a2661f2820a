package dozor.procurement.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;

/** The «Закупки» lists of the web UI exported as CSV and XLSX: the plan, requests, orders and suppliers. */
@TestPropertySource(properties = "dozor.procurement.late-check.enabled=false")
class ProcurementExportIntegrationTests extends ApiIntegrationTest {

    @Test
    void thePlanRequestsOrdersAndSuppliersAreExportedAsOnTheScreens() throws Exception {
        String marker = "PX" + System.nanoTime() % 1_000_000_000L;
        var supplier = as(Role.PROCUREMENT).post("/api/v1/procurement/suppliers", Map.of("code", marker, "name",
                "ООО «Выгрузка " + marker + "»", "currency", "BYN", "phone", "+375 17 000-00-00"));
        assertThat(supplier.status()).as(supplier.body()).isEqualTo(201);
        String supplierId = supplier.json().get("id").asString();
        String wh = as(Role.WAREHOUSE).post("/api/v1/stock/warehouses", Map.of("code", marker, "name", "Склад выгрузки",
                "kind", "CENTRAL")).json().get("id").asString();
        var item = as(Role.WAREHOUSE).post("/api/v1/stock/items", Map.of("sku", marker + "-FAN", "name", "Вентилятор",
                "category", "SPARE_PART", "unit", "PCS", "serialTracked", false, "supplierId", supplierId));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        String itemId = item.json().get("id").asString();
        var terms = as(Role.PROCUREMENT).put("/api/v1/procurement/suppliers/" + supplierId + "/items/" + itemId,
                Map.of("price", new BigDecimal("12.5"), "currency", "BYN", "leadTimeDays", 7, "minOrderQty", 1,
                        "packSize", 1));
        assertThat(terms.status()).as(terms.body()).isEqualTo(200);
        jdbc.sql("""
                INSERT INTO ops.stock_demand (id, item_id, warehouse_id, quantity, status, created_by, created_at)
                VALUES (:id, CAST(:i AS uuid), CAST(:w AS uuid), 4, 'OPEN', 'engineer', now())""")
                .param("id", UUID.randomUUID()).param("i", itemId).param("w", wh).update();

        var plan = as(Role.ENGINEER).getBytes("/api/v1/procurement/export/plan?format=csv&warehouseId=" + wh);
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.header("Content-Disposition")).contains("plan-popolneniya-").contains(".csv");
        String planText = new String(plan.body(), StandardCharsets.UTF_8);
        assertThat(planText).startsWith("\uFEFFСклад;Артикул;Наименование;Ед.;Спрос в неделю;XYZ;ABC");
        assertThat(planText.lines().toList()).hasSize(2);
        // No history: no forecast, no XYZ class (ABC unclassified counts as C); a shortfall of 4 → order 4 from the preferred supplier (7 days).
        assertThat(planText).contains(marker + " · Склад выгрузки;" + marker + "-FAN;Вентилятор;шт;0;;C;0;0;0;0;4;;ООО «Выгрузка "
                + marker + "»;7");

        String request = as(Role.PROCUREMENT).post("/api/v1/procurement/requests/from-plan", Map.of("warehouseId", wh))
                .json().get("id").asString();
        var requests = as(Role.LOGISTICS).getBytes("/api/v1/procurement/export/requests?format=xlsx&status=DRAFT");
        assertThat(requests.status()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(requests.body()))) {
            var sheet = book.getSheet("Заявки на закупку");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Номер");
            boolean found = false;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Черновик");
                if (row.getCell(2).getStringCellValue().startsWith(marker + " ·")) {
                    found = true;
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(50.0);
                }
            }
            assertThat(found).as("the new draft is in the export").isTrue();
        }

        assertThat(as(Role.PROCUREMENT).post("/api/v1/procurement/orders", Map.of("supplierId", supplierId, "lines",
                List.of(Map.of("itemId", itemId, "warehouseId", wh, "quantity", 3))))).satisfies(
                        r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        String orders = new String(as(Role.WAREHOUSE).getBytes("/api/v1/procurement/export/orders?format=csv&status=DRAFT")
                .body(), StandardCharsets.UTF_8);
        assertThat(orders).startsWith("\uFEFFНомер;Поставщик;Состояние;Позиций;Сумма;Валюта")
                .contains(";ООО «Выгрузка " + marker + "»;Черновик;1;37,5;BYN;0;");

        String suppliers = new String(as(Role.ACCOUNTANT).getBytes("/api/v1/procurement/export/suppliers?format=csv&q="
                + marker).body(), StandardCharsets.UTF_8);
        assertThat(suppliers.lines().toList()).hasSize(2);
        assertThat(suppliers).contains(marker + ";ООО «Выгрузка " + marker + "»;;BY;BYN;+375 17 000-00-00;;да;");
        var xlsx = as(Role.ACCOUNTANT).getBytes("/api/v1/procurement/export/suppliers?format=xlsx&q=" + marker);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("Поставщики").getRow(1).getCell(0).getStringCellValue()).isEqualTo(marker);
        }

        assertThat(request).isNotBlank();
        assertThat(as(Role.ANALYST).getBytes("/api/v1/procurement/export/suppliers?format=csv").status())
                .isEqualTo(403);
        assertThat(as(Role.PROCUREMENT).getBytes("/api/v1/procurement/export/plan?format=pdf").status())
                .isEqualTo(400);
        assertThat(as(Role.PROCUREMENT).getBytes("/api/v1/procurement/export/secrets?format=csv").status())
                .isEqualTo(400);
        assertThat(as(Role.PROCUREMENT).getBytes("/api/v1/procurement/export/orders?status=LOST").status())
                .isEqualTo(400);
    }
}
