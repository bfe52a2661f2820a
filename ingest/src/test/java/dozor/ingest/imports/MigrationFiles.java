package dozor.ingest.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import dozor.ingest.IngestIntegrationTest;

/**
 * A generated migration file of requests with known flaws: every 20th row (from the 8th) has one bad value, every
 * 10th (from the 4th) repeats the external id of the row three above it. So of {@code n} rows, n/20 are rejected,
 * n/10 are duplicates and the rest are new; the customers recur (300 of them: organisations and private persons).
 */
final class MigrationFiles {

    static final LocalDateTime FIRST = LocalDateTime.of(2024, 1, 1, 8, 0);

    static final String[] PROBLEMS = { "Не пишет архив с третьей камеры", "Нет изображения с камер по PoE",
            "Перезагружается, ошибка жёсткого диска", "Не открывается веб-интерфейс", "Нужна установка в автобус",
            "Замена блока питания, гудит", "Нет сигнала GPS на регистраторе", "Сбиваются дата и время",
            "Не работает микрофон в салоне", "Консультация по настройке архива" };

    private MigrationFiles() {
    }

    static boolean bad(int i) {
        return i % 20 == 7;
    }

    static boolean duplicate(int i) {
        return i % 10 == 3;
    }

    /** The field the bad value of row {@code i} is in. */
    static String badField(int i) {
        return switch ((i / 20) % 5) {
            case 0 -> "contactPhone";
            case 1 -> "problemDescription";
            case 2 -> "unp";
            case 3 -> "registeredAt";
            default -> "priority";
        };
    }

    /** How many distinct customers the rows that are neither bad nor duplicates name: those an import creates. */
    static long customers(int n) {
        return java.util.stream.IntStream.range(0, n).filter(i -> !bad(i) && !duplicate(i)).map(i -> i % 300)
                .distinct().count();
    }

    /** Line of the file holding row {@code i} (the header is line 1). */
    static int line(int i) {
        return i + 2;
    }

    static byte[] requestsCsv(int n, String idPrefix) {
        StringBuilder csv = new StringBuilder("externalId,registeredAt,customerName,unp,contactPhone,contactEmail,"
                + "deviceModel,serialNumber,problemDescription,priority,category,comment\n");
        for (int i = 0; i < n; i++) {
            List<String> row = requestRow(i, idPrefix);
            csv.append(String.join(",", row.stream().map(MigrationFiles::quote).toList())).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<String> requestRow(int i, String idPrefix) {
        int customer = i % 300;
        boolean organisation = customer < 200;
        LocalDateTime at = FIRST.plusMinutes(37L * i);
        List<String> row = new ArrayList<>(List.of(
                idPrefix + (duplicate(i) ? i - 3 : i),
                i % 2 == 0 ? at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                        : at.format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")),
                organisation ? "ООО \"Клиент, " + customer + "\"" : "Иванов Клиент " + customer,
                organisation ? IngestIntegrationTest.unp(customer) : "",
                String.format("+375 29 6%02d-%02d-%02d", customer / 100, customer % 100, customer % 7),
                organisation ? "" : "person" + customer + "@example.by",
                "Hikvision DS-7608NI-K2",
                "SN-" + idPrefix + i,
                PROBLEMS[i % PROBLEMS.length],
                "P" + (1 + i % 4),
                "",
                "лишний столбец"));
        if (bad(i)) {
            switch (badField(i)) {
                case "contactPhone" -> row.set(4, "12345");
                case "problemDescription" -> row.set(8, "  ");
                case "unp" -> row.set(3, "123456789");
                case "registeredAt" -> row.set(1, "32.13.2024 10:00");
                default -> row.set(9, "P9");
            }
        }
        return row;
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
