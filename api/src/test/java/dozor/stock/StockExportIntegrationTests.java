package dozor.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.Samples;
import dozor.testing.TestHttp;

/** The stock lists of the web UI exported as CSV and XLSX, filtered as on the screen. */
class StockExportIntegrationTests extends ApiIntegrationTest {

    TestHttp keeper() {
        return as(Role.WAREHOUSE);
    }

    String item(String sku, String category, String abc) {
        var r = keeper().post("/api/v1/stock/items", Map.of("sku", sku, "name", "Выгрузка " + sku, "category",
                category, "unit", "PCS", "abcClass", abc));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void balancesAreExportedWithTheScreensFilters() throws Exception {
        String marker = "EXP" + System.nanoTime() % 1_000_000_000L;
        var w = keeper().post("/api/v1/stock/warehouses", Map.of("code", marker, "name", "Склад выгрузки", "kind",
                "REGIONAL"));
        assertThat(w.status()).as(w.body()).isEqualTo(201);
        String wh = w.json().get("id").asString();
        String hdd = item(marker + "-HDD", "SPARE_PART", "A");
        String cable = item(marker + "-CBL", "CONSUMABLE", "C");
        for (String[] line : new String[][] { { hdd, "3", "120.50" }, { cable, "10", "2.25" } }) {
            var r = keeper().post("/api/v1/stock/movements", Map.of("kind", "RECEIPT", "itemId", line[0],
                    "warehouseId", wh, "quantity", new BigDecimal(line[1]), "unitCost", new BigDecimal(line[2])));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }

        var csv = as(Role.ENGINEER).getBytes("/api/v1/stock/export/balances?format=csv&warehouseId=" + wh
                + "&category=SPARE_PART&q=" + marker.toLowerCase());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("ostatki-").contains(".csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFАртикул;Наименование;Категория;ABC;Ед.;Склад;На складе");
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text).contains(marker + "-HDD;Выгрузка " + marker + "-HDD;Запчасть;A;шт;" + marker
                + " · Склад выгрузки;3;0;3;0;120,5;361,5").doesNotContain(marker + "-CBL");

        var xlsx = keeper().getBytes("/api/v1/stock/export/balances?format=xlsx&warehouseId=" + wh);
        assertThat(xlsx.status()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheet("Остатки");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("На складе");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
            double total = 0;
            for (int i = 1; i < 3; i++) {
                total += sheet.getRow(i).getCell(11).getNumericCellValue();
            }
            assertThat(total).isEqualTo(361.5 + 22.5);
        }

        var none = keeper().getBytes("/api/v1/stock/export/balances?format=csv&stock=NONE_AVAILABLE&warehouseId=" + wh);
        assertThat(new String(none.body(), StandardCharsets.UTF_8).lines().toList()).hasSize(1);

        var warehouses = keeper().getBytes("/api/v1/stock/export/warehouses?format=csv");
        assertThat(new String(warehouses.body(), StandardCharsets.UTF_8)).contains(marker + ";Склад выгрузки;Региональный");

        assertThat(keeper().getBytes("/api/v1/stock/export/balances?format=pdf").status()).isEqualTo(400);
        assertThat(keeper().getBytes("/api/v1/stock/export/secrets?format=csv").status()).isEqualTo(400);
        assertThat(keeper().getBytes("/api/v1/stock/export/balances?stock=SOME").status()).isEqualTo(400);
    }

    @Test
    void transfersInTransitReservationsAndDemandsAreExportable() throws Exception {
        String marker = "EXT" + System.nanoTime() % 1_000_000_000L;
        String from = keeper().post("/api/v1/stock/warehouses", Map.of("code", marker + "A", "name", "Откуда",
                "kind", "CENTRAL")).json().get("id").asString();
        String to = keeper().post("/api/v1/stock/warehouses", Map.of("code", marker + "B", "name", "Куда",
                "kind", "REGIONAL")).json().get("id").asString();
        String hdd = item(marker + "-HDD", "SPARE_PART", "B");
        assertThat(keeper().post("/api/v1/stock/movements", Map.of("kind", "RECEIPT", "itemId", hdd, "warehouseId",
                from, "quantity", 5, "unitCost", 10)).status()).isEqualTo(201);
        assertThat(keeper().post("/api/v1/stock/transfers", Map.of("itemId", hdd, "fromWarehouseId", from,
                "toWarehouseId", to, "quantity", 2)).status()).isEqualTo(201);
        Map<String, Object> body = new HashMap<>(Samples.requestBody());
        body.put("category", "CONSULTATION");
        body.put("serialNumber", "EXPORT-" + System.nanoTime());
        String request = as(Role.DISPATCHER).post("/api/v1/requests", body).json().get("id").asString();
        as(Role.DISPATCHER).post("/api/v1/requests/" + request + "/transitions", Map.of("action", "TRIAGE"));
        String task = as(Role.DISPATCHER).get("/api/v1/requests/" + request + "/tasks").json().get(0).get("id")
                .asString();
        var reserved = keeper().post("/api/v1/stock/reservations", Map.of("taskId", task, "warehouseId", from,
                "lines", List.of(Map.of("itemId", hdd, "quantity", 4))));
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(201);

        Map<String, String> expected = Map.of("transfers", marker + "-HDD;Выгрузка " + marker + "-HDD;" + marker
                + "A · Откуда;" + marker + "B · Куда;2;", "reservations", marker + "-HDD;Выгрузка " + marker
                + "-HDD;" + marker + "A · Откуда;3;" + task, "demands", marker + "-HDD;Выгрузка " + marker + "-HDD;"
                + marker + "A · Откуда;1;" + task);
        for (var list : expected.entrySet()) {
            var csv = as(Role.LOGISTICS).getBytes("/api/v1/stock/export/" + list.getKey() + "?format=csv");
            assertThat(csv.status()).as(list.getKey()).isEqualTo(200);
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as(list.getKey()).contains(list.getValue());
            var xlsx = as(Role.LOGISTICS).getBytes("/api/v1/stock/export/" + list.getKey() + "?format=xlsx");
            try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Артикул");
            }
        }
    }
}
