package dozor.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.opencsv.CSVWriter;

/**
 * One exported list, as the screens' «XLSX» / «CSV» buttons download it: its sheet name, file name (dated with
 * today in Minsk), column titles and rows, a cell being a String or a BigDecimal (a number in XLSX, a decimal comma in
 * CSV).
 */
public record ExportTable(String sheet, String file, List<String> columns, List<List<Object>> rows) {

    /** The download in {@code format} ({@code xlsx} or {@code csv}), streamed. */
    public ResponseEntity<StreamingResponseBody> response(String format) {
        boolean csv = "csv".equals(format);
        String name = file + "-" + LocalDate.now(Minsk.ZONE) + "." + (csv ? "csv" : "xlsx");
        StreamingResponseBody body = csv ? this::csv : this::xlsx;
        MediaType type = csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }

    private void csv(OutputStream out) throws IOException {
        // A BOM so that Excel opens the Cyrillic text as UTF-8; semicolons and a decimal comma, as Excel expects here.
        out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        CSVWriter csv = new CSVWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), ';',
                CSVWriter.DEFAULT_QUOTE_CHARACTER, CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n");
        csv.writeNext(columns.toArray(String[]::new), false);
        for (List<Object> row : rows) {
            csv.writeNext(row.stream().map(ExportTable::text).toArray(String[]::new), false);
        }
        csv.flush();
    }

    private void xlsx(OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            SXSSFSheet s = book.createSheet(sheet);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = s.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i));
                cell.setCellStyle(bold);
            }
            s.createFreezePane(0, 1);
            int n = 1;
            for (List<Object> values : rows) {
                Row r = s.createRow(n++);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) instanceof BigDecimal number) {
                        r.createCell(i).setCellValue(number.doubleValue());
                    }
                    else {
                        r.createCell(i).setCellValue(String.valueOf(values.get(i)));
                    }
                }
            }
            book.write(out);
            book.dispose();
        }
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString().replace('.', ',')
                : String.valueOf(value);
    }
}
