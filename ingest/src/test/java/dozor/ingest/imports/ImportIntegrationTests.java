package dozor.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import dozor.ingest.IngestIntegrationTest;
import dozor.shared.Minsk;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * Migration files through {@code POST /api/v1/ingest/imports}: the dry run predicts exactly what applying does and
 * writes nothing, bad rows are reported by line and never stop the good ones, and a second import adds nothing.
 */
class ImportIntegrationTests extends IngestIntegrationTest {

    static final int ROWS = 10_000;

    @Test
    void tenThousandRowsWithBadRowsAndDuplicatesCreateTheRightRequestsAndReportEveryBadLine() {
        byte[] csv = MigrationFiles.requestsCsv(ROWS, "LEG-");
        List<Integer> badLines = IntStream.range(0, ROWS).filter(MigrationFiles::bad).map(MigrationFiles::line)
                .boxed().toList();
        Map<String, Long> before = written();

        long t0 = System.nanoTime();
        JsonNode dryRun = json(importAsAdmin("requests", "dry-run", "legacy.csv", csv));
        long t1 = System.nanoTime();
        assertTotals(dryRun, ROWS, 8_500, 0, 1_000, 500);
        assertThat(dryRun.get("format").asString()).isEqualTo("CSV");
        assertThat(dryRun.get("delimiter").asString()).isEqualTo(",");
        assertThat(dryRun.get("ignoredColumns").get(0).asString()).isEqualTo("comment");
        assertThat(lines(dryRun, "REJECTED")).isEqualTo(badLines);
        assertRejectedFields(dryRun);
        JsonNode firstDuplicate = row(dryRun, MigrationFiles.line(3));
        assertThat(firstDuplicate.get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(firstDuplicate.get("sameAsLine").asInt()).isEqualTo(MigrationFiles.line(0));
        assertThat(row(dryRun, MigrationFiles.line(0)).get("matchedBy").asString()).isEqualTo("NEW");
        assertThat(row(dryRun, MigrationFiles.line(300)).get("matchedBy").asString()).isEqualTo("UNP");
        assertThat(row(dryRun, MigrationFiles.line(300)).get("sameAsLine").asInt()).isEqualTo(MigrationFiles.line(0));
        assertThat(row(dryRun, MigrationFiles.line(250)).get("matchedBy").asString()).isEqualTo("NEW");
        assertThat(row(dryRun, MigrationFiles.line(550)).get("matchedBy").asString()).isEqualTo("PHONE");
        assertThat(written()).as("a dry run writes nothing").isEqualTo(before);

        JsonNode applied = json(importAsAdmin("requests", "apply", "legacy.csv", csv));
        long t2 = System.nanoTime();
        assertTotals(applied, ROWS, 8_500, 0, 1_000, 500);
        assertThat(lines(applied, "REJECTED")).isEqualTo(badLines);
        assertThat(lines(applied, "DUPLICATE")).isEqualTo(lines(dryRun, "DUPLICATE"));
        assertThat(row(applied, MigrationFiles.line(3)).get("requestNumber").asString())
                .isEqualTo(row(applied, MigrationFiles.line(0)).get("requestNumber").asString());
        assertThat(count("ops.service_request")).isEqualTo(before.get("requests") + 8_500);
        assertThat(count("ops.counterparty")).isEqualTo(before.get("customers") + MigrationFiles.customers(ROWS));
        assertThat(dryRun.get("rows").findValuesAsString("matchedBy").stream().filter("NEW"::equals).count())
                .as("the dry run predicted the new customers").isEqualTo(MigrationFiles.customers(ROWS));
        assertThat(count("ops.outbox")).isGreaterThanOrEqualTo(before.get("outbox") + 8_500);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM ops.service_request
                 WHERE external_source = 'import' AND external_id LIKE 'LEG-%' AND channel = 'IMPORT'
                   AND registered_by = 'admin'
                """).query(Long.class).single()).isEqualTo(8_500);
        Instant first = jdbc.sql("SELECT registered_at FROM ops.service_request WHERE external_id = 'LEG-0'")
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(first).as("the history's own date, Minsk time")
                .isEqualTo(MigrationFiles.FIRST.atZone(Minsk.ZONE).toInstant());
        assertThat(jdbc.sql("SELECT actor FROM ops.audit_log WHERE action = 'IMPORTED' AND entity_id = :id")
                .param("id", applied.get("id").asString()).query(String.class).single()).isEqualTo("admin");

        Map<String, Long> afterApply = written();
        JsonNode again = json(importAsAdmin("requests", "apply", "legacy.csv", csv));
        long t3 = System.nanoTime();
        assertTotals(again, ROWS, 0, 0, 9_500, 500);
        assertThat(count("ops.service_request")).as("re-importing creates nothing")
                .isEqualTo(afterApply.get("requests"));
        assertThat(count("ops.counterparty")).isEqualTo(afterApply.get("customers"));
        assertThat(count("ops.outbox")).isEqualTo(afterApply.get("outbox"));
        System.out.printf("10,000-row CSV: dry run %d ms, apply %d ms, re-import %d ms%n", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithRussianHeadersDatesAndNumbers() throws Exception {
        byte[] xlsx;
        LocalDateTime registered = LocalDateTime.of(2025, 3, 14, 9, 30);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Заявки");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            String[] header = { "Внешний номер", "Дата регистрации", "Клиент", "УНП", "Телефон", "E-mail", "Модель",
                    "Серийный номер", "Описание", "Приоритет", "Категория" };
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= 3; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(7000 + r);
                row.createCell(1).setCellValue(registered.plusDays(r));
                row.getCell(1).setCellStyle(date);
                row.createCell(2).setCellValue("ЗАО «Книга " + r + "»");
                row.createCell(3).setCellValue(Double.parseDouble(unp(2000 + r)));
                row.createCell(4).setCellValue(r == 2 ? 12345d : 375291234500d + r);
                row.createCell(6).setCellValue("Dahua XVR5108HS-I3");
                row.createCell(7).setCellValue("XL-" + r);
                row.createCell(8).setCellValue("Не открывается веб-интерфейс");
                row.createCell(9).setCellValue("p3");
                row.createCell(10).setCellValue("paid_repair");
            }
            book.createSheet("Другой лист").createRow(0).createCell(0).setCellValue("не читается");
            book.write(out);
            xlsx = out.toByteArray();
        }
        JsonNode dry = json(importAsAdmin("requests", "dry-run", "legacy.xlsx", xlsx));
        assertThat(dry.get("format").asString()).isEqualTo("XLSX");
        assertTotals(dry, 3, 2, 0, 0, 1);
        JsonNode applied = json(importAsAdmin("requests", "apply", "legacy.xlsx", xlsx));
        assertTotals(applied, 3, 2, 0, 0, 1);
        JsonNode rejected = row(applied, 3);
        assertThat(rejected.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("errors").findValuesAsString("field")).containsExactly("contactPhone");

        String number = row(applied, 2).get("requestNumber").asString();
        assertThat(number).startsWith("З-2025-");
        var stored = jdbc.sql("""
                SELECT unp, contact_phone, priority, category, registered_at FROM ops.service_request
                 WHERE external_source = 'import' AND external_id = '7001'
                """).query().singleRow();
        assertThat(stored.get("unp")).isEqualTo(unp(2001));
        assertThat(stored.get("contact_phone")).isEqualTo("+375291234501");
        assertThat(stored.get("priority")).isEqualTo("P3");
        assertThat(stored.get("category")).isEqualTo("PAID_REPAIR");
        assertThat(((java.sql.Timestamp) stored.get("registered_at")).toInstant())
                .isEqualTo(registered.plusDays(1).atZone(Minsk.ZONE).toInstant());
    }

    @Test
    void importsCustomersMergingKnownOnesAndSettingTheirTier() {
        // A customer the platform knows already (from a request), and one known only by e-mail.
        var known = as(dozor.api.security.Role.DISPATCHER).post("/api/v1/requests", Map.of("customerName",
                "ООО «Известный»", "unp", unp(1001), "contactPhone", "+375 29 700-00-01", "deviceModel", "DVR",
                "problemDescription", "Не включается", "priority", "P3"));
        assertThat(known.status()).isEqualTo(201);
        String knownId = known.json().get("customerId").asString();
        String csv = "\uFEFFКлиент;УНП;Телефон;E-mail;Уровень;Примечание\n"
                + "ООО «Новый»;" + unp(1002) + ";+375 29 700-00-02;;gold;\n"
                + "ООО «Новый» (филиал);" + unp(1002) + ";;;;дубль\n"
                + "ООО «Известный»;" + unp(1001) + ";;;PLATINUM;\n"
                + "\n"
                + "Петров Пётр;;8 029 700-00-03;petrov@example.by;;\n"
                + "Петров П.;;;PETROV@example.by;;по почте\n"
                + "Без контактов;;;;;\n"
                + "\"ООО \"\"Плохой УНП\"\"\";123456789;;;;\n"
                + "ООО «Уровень»;" + unp(1003) + ";;;VIP;\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        Map<String, Long> before = written();

        JsonNode dry = json(importAsAdmin("customers", "dry-run", "clients.csv", file));
        assertThat(dry.get("delimiter").asString()).isEqualTo(";");
        assertTotals(dry, 8, 2, 3, 0, 3);
        assertThat(outcomes(dry)).containsExactly("2 CREATED NEW", "3 MERGED UNP", "4 MERGED UNP", "6 CREATED NEW",
                "7 MERGED EMAIL", "8 REJECTED null", "9 REJECTED null", "10 REJECTED null");
        assertThat(row(dry, 3).get("sameAsLine").asInt()).isEqualTo(2);
        assertThat(row(dry, 4).get("customerId").asString()).isEqualTo(knownId);
        assertThat(row(dry, 9).get("errors").findValuesAsString("field")).containsExactly("unp");
        assertThat(row(dry, 10).get("errors").findValuesAsString("field")).containsExactly("tier");
        assertThat(written()).isEqualTo(before);

        JsonNode applied = json(importAsAdmin("customers", "apply", "clients.csv", file));
        assertThat(outcomes(applied)).isEqualTo(outcomes(dry));
        assertThat(count("ops.counterparty")).isEqualTo(before.get("customers") + 2);
        assertThat(row(applied, 3).get("customerId").asString()).isEqualTo(row(applied, 2).get("customerId").asString());
        assertThat(jdbc.sql("SELECT tier FROM ops.counterparty WHERE id = CAST(:id AS uuid)").param("id", knownId)
                .query(String.class).single()).isEqualTo("PLATINUM");
        assertThat(jdbc.sql("SELECT tier FROM ops.counterparty WHERE unp = :unp").param("unp", unp(1002))
                .query(String.class).single()).isEqualTo("GOLD");

        JsonNode again = json(importAsAdmin("customers", "apply", "clients.csv", file));
        assertTotals(again, 8, 0, 5, 0, 3);
        assertThat(count("ops.counterparty")).isEqualTo(before.get("customers") + 2);
    }

    @Test
    void refusesAFileItCannotUseBeforeReadingAnyRow() {
        Map<String, Long> before = written();
        var missingColumns = importAsAdmin("requests", "apply", "x.csv",
                "Клиент;Телефон;Модель\nООО «Х»;+375291112233;DVR\n".getBytes(StandardCharsets.UTF_8));
        assertThat(missingColumns.statusCode()).isEqualTo(400);
        assertThat(TestHttp.JSON.readTree(missingColumns.body()).get("errors").findValuesAsString("field"))
                .containsExactly("problemDescription", "registeredAt", "externalId");

        var cp1251 = importAsAdmin("customers", "apply", "x.csv",
                "Клиент,УНП\nООО,1\n".getBytes(java.nio.charset.Charset.forName("windows-1251")));
        assertThat(cp1251.statusCode()).isEqualTo(400);

        var brokenXlsx = importAsAdmin("customers", "apply", "x.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
        assertThat(brokenXlsx.statusCode()).isEqualTo(400);

        var badKind = importAsAdmin("orders", "apply", "x.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(TestHttp.JSON.readTree(badKind.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("kind");

        StringBuilder huge = new StringBuilder("customerName,unp\n");
        for (int i = 0; i <= ImportLimits.MAX_ROWS; i++) {
            huge.append("x,").append(i).append('\n');
        }
        var tooMany = importAsAdmin("customers", "apply", "huge.csv", huge.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(TestHttp.JSON.readTree(tooMany.body()).get("detail").asString()).contains("100");

        byte[] tooLarge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(tooLarge, (byte) 'x');
        var over20Mb = importAsAdmin("customers", "apply", "big.csv", tooLarge);
        assertThat(over20Mb.statusCode()).isEqualTo(413);
        assertThat(over20Mb.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(written()).isEqualTo(before);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body().substring(0, Math.min(2000, response.body().length())))
                .isEqualTo(200);
        return TestHttp.JSON.readTree(response.body());
    }

    private static void assertTotals(JsonNode report, int rows, int created, int merged, int duplicates,
            int rejected) {
        JsonNode t = report.get("totals");
        assertThat(List.of(t.get("rows").asInt(), t.get("created").asInt(), t.get("merged").asInt(),
                t.get("duplicates").asInt(), t.get("rejected").asInt()))
                .as("rows, created, merged, duplicates, rejected")
                .containsExactly(rows, created, merged, duplicates, rejected);
        assertThat(report.get("rows")).hasSize(rows);
    }

    private static List<Integer> lines(JsonNode report, String outcome) {
        List<Integer> lines = new ArrayList<>();
        report.get("rows").forEach(r -> {
            if (r.get("outcome").asString().equals(outcome)) {
                lines.add(r.get("line").asInt());
            }
        });
        return lines;
    }

    private static List<String> outcomes(JsonNode report) {
        List<String> list = new ArrayList<>();
        report.get("rows").forEach(r -> list.add(r.get("line").asInt() + " " + r.get("outcome").asString() + " "
                + (r.get("matchedBy").isNull() ? "null" : r.get("matchedBy").asString())));
        return list;
    }

    private static JsonNode row(JsonNode report, int line) {
        for (JsonNode r : report.get("rows")) {
            if (r.get("line").asInt() == line) {
                return r;
            }
        }
        throw new AssertionError("no row for line " + line);
    }

    private static void assertRejectedFields(JsonNode report) {
        Map<Integer, String> expected = new HashMap<>();
        IntStream.range(0, ROWS).filter(MigrationFiles::bad)
                .forEach(i -> expected.put(MigrationFiles.line(i), MigrationFiles.badField(i)));
        Map<Integer, String> actual = new HashMap<>();
        report.get("rows").forEach(r -> {
            if (r.get("outcome").asString().equals("REJECTED")) {
                assertThat(r.get("errors")).hasSize(1);
                actual.put(r.get("line").asInt(), r.get("errors").get(0).get("field").asString());
            }
        });
        assertThat(actual).isEqualTo(expected);
    }
}
