package dozor.ingest.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dozor.ingest.intake.FieldProblem;
import dozor.ingest.intake.IngestMessages;
import dozor.ingest.intake.IngestProblem;

/** Which column of a file holds which of our fields; the headers nobody knows are ignored and reported. */
final class Columns {

    private final Map<String, Integer> columns;

    private final List<String> ignored;

    private Columns(Map<String, Integer> columns, List<String> ignored) {
        this.columns = columns;
        this.ignored = ignored;
    }

    /** Refuses the file (400, naming the fields) when a required column is missing or a field appears twice. */
    static Columns of(ImportKind kind, Table.Row header, IngestMessages messages, Locale locale) {
        Map<String, String> known = new HashMap<>();
        kind.aliases().forEach((field, aliases) -> {
            known.put(canonical(field), field);
            aliases.forEach(alias -> known.put(alias, field));
        });
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i);
            if (name == null || name.isBlank()) {
                continue;
            }
            String field = known.get(canonical(name));
            if (field == null) {
                ignored.add(name.strip());
            }
            else if (columns.putIfAbsent(field, i) != null) {
                problems.add(new FieldProblem(field, messages.get(locale, "ingest.import.columnTwice", name.strip())));
            }
        }
        for (String field : kind.required()) {
            if (!columns.containsKey(field)) {
                problems.add(new FieldProblem(field, messages.get(locale, "ingest.import.columnMissing")));
            }
        }
        if (!problems.isEmpty()) {
            throw new IngestProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "validation",
                    "problem.validation.title", "ingest.import.badHeader", null, problems);
        }
        return new Columns(columns, List.copyOf(ignored));
    }

    /** Our field → the row's text in its column (absent when the file has no such column). */
    Map<String, String> values(Table.Row row) {
        Map<String, String> values = new HashMap<>();
        columns.forEach((field, column) -> values.put(field, row.cell(column)));
        return values;
    }

    List<String> ignored() {
        return ignored;
    }

    /** Lower case, ё as е, letters and digits only: "E-mail", "e_mail" and "Email" are one header. */
    static String canonical(String header) {
        StringBuilder sb = new StringBuilder();
        for (char c : header.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
