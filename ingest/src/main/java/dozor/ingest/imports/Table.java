package dozor.ingest.imports;

import java.util.List;

/**
 * A file's rows as text: the header and every data row with the line it starts on, as a user finds it in an
 * editor (CSV) or in the spreadsheet's row numbers (XLSX). Rows with nothing in them are left out.
 *
 * @param format CSV or XLSX
 * @param delimiter the CSV separator found, {@code null} for XLSX
 */
record Table(String format, String delimiter, Row header, List<Row> rows) {

    record Row(int line, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
