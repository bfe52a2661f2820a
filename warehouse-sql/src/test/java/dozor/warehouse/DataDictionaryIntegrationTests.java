package dozor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import dozor.embedded.SharedEmbeddedServers;

/** Every table and column of dw and mart is in DATA_DICTIONARY.md, with the type it really has. */
class DataDictionaryIntegrationTests {

    @Test
    void everyTableAndColumnIsDocumented() throws Exception {
        String url = SharedEmbeddedServers.freshDatabase();
        Flyway.configure().dataSource(url, SharedEmbeddedServers.APP_USER, SharedEmbeddedServers.APP_PASSWORD)
                .locations("classpath:db/warehouse").schemas("dw", "mart").defaultSchema("dw")
                .table("flyway_history").placeholders(Map.of("analystRole", SharedEmbeddedServers.ANALYST_USER))
                .load().migrate();

        Map<String, Map<String, String>> actual = new LinkedHashMap<>();
        try (Connection c = SharedEmbeddedServers.superuser(url);
                var rs = c.createStatement().executeQuery("""
                        SELECT table_schema || '.' || table_name, column_name, data_type
                          FROM information_schema.columns
                         WHERE table_schema IN ('dw', 'mart') ORDER BY 1, ordinal_position""")) {
            while (rs.next()) {
                actual.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                        rs.getString(3));
            }
        }
        Map<String, Map<String, String>> documented = parse(Files.readString(Path.of("DATA_DICTIONARY.md")));

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(actual.keySet());
        List<String> wrong = new ArrayList<>();
        actual.forEach((table, columns) -> columns.forEach((column, type) -> {
            String doc = documented.get(table).get(column);
            if (doc == null) {
                wrong.add(table + "." + column + " is not documented");
            }
            else if (!doc.equals(type)) {
                wrong.add(table + "." + column + " is " + type + ", documented as " + doc);
            }
        }));
        documented.forEach((table, columns) -> columns.keySet().stream()
                .filter(column -> !actual.get(table).containsKey(column))
                .forEach(column -> wrong.add(table + "." + column + " is documented but does not exist")));
        assertThat(wrong).isEmpty();
    }

    /** "## schema.table" headings followed by a table of "| column | type | meaning |" rows. */
    static Map<String, Map<String, String>> parse(String markdown) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        Matcher heading = Pattern.compile("(?m)^## (\\w+\\.\\w+)\\s*$").matcher(markdown);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (heading.find()) {
            names.add(heading.group(1));
            spans.add(new int[] { heading.end(), markdown.length() });
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : markdown.length();
            Map<String, String> columns = new LinkedHashMap<>();
            Matcher row = Pattern.compile("(?m)^\\| (\\w+) \\| ([a-z ]+) \\|").matcher(markdown.substring(spans.get(i)[0], end));
            while (row.find()) {
                if (!row.group(1).equals("column")) {
                    columns.put(row.group(1), row.group(2).trim());
                }
            }
            tables.put(names.get(i), columns);
        }
        return tables;
    }
}
