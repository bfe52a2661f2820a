package dozor.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import dozor.ingest.intake.IngestProblem;

class TableReaderTests {

    static Table csv(String text) {
        return TableReader.read(text.getBytes(StandardCharsets.UTF_8), 1000);
    }

    @Test
    void findsTheSeparatorInTheHeaderLine() {
        assertThat(csv("a;b;c\n1;2;3\n").delimiter()).isEqualTo(";");
        assertThat(csv("a,b,c\n1;2;3\n").delimiter()).isEqualTo(",");
        assertThat(csv("\"a;x\",b,c\n1,2,3\n").delimiter()).as("not inside quotes").isEqualTo(",");
        assertThat(csv("a\tb\n1\t2\n").delimiter()).isEqualTo("\\t");
        assertThat(csv("a\n1\n").delimiter()).isEqualTo(",");
    }

    @Test
    void numbersEveryRowByTheLineItStartsOnSkippingBlankLinesAndTheByteOrderMark() {
        Table t = csv("\uFEFFКлиент;Описание\n\"ООО \"\"А\"\"\";\"две\nстроки\"\n\n;\nБ;C:\\путь\\файл\r\nВ;x\n");
        assertThat(t.header().cells()).containsExactly("Клиент", "Описание");
        assertThat(t.rows()).extracting(Table.Row::line).containsExactly(2, 6, 7);
        assertThat(t.rows().get(0).cells()).containsExactly("ООО \"А\"", "две\nстроки");
        assertThat(t.rows().get(1).cells()).as("a backslash is a character").containsExactly("Б", "C:\\путь\\файл");
    }

    @Test
    void refusesWhatIsNotUtf8TooManyRowsAndBrokenQuotes() {
        assertThatThrownBy(() -> TableReader.read("Клиент\nА\n".getBytes(java.nio.charset.Charset.forName("cp1251")),
                10)).isInstanceOf(IngestProblem.class).hasMessageContaining("notUtf8");
        assertThatThrownBy(() -> TableReader.read("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 2))
                .isInstanceOf(IngestProblem.class).hasMessageContaining("tooManyRows");
        assertThat(TableReader.read("a\n1\n2\n".getBytes(StandardCharsets.UTF_8), 2).rows()).hasSize(2);
        assertThatThrownBy(() -> csv("a,b\n1,\"open\n2,3\n")).isInstanceOf(IngestProblem.class)
                .hasMessageContaining("badCsv");
        assertThatThrownBy(() -> csv("\n\n")).isInstanceOf(IngestProblem.class).hasMessageContaining("empty");
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithExcelRowNumbers() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Клиенты");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Клиент");
            header.createCell(1).setCellValue("Телефон");
            header.createCell(3).setCellValue("Дата");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("ООО «А»");
            first.createCell(1).setCellValue(375291234567d);
            first.createCell(2).setCellValue(12.5);
            first.getCell(2).setCellStyle(money);
            first.createCell(3).setCellValue(LocalDateTime.of(2024, 2, 29, 17, 45));
            first.getCell(3).setCellStyle(date);
            sheet.createRow(2);
            Row fourth = sheet.createRow(3);
            fourth.createCell(3).setCellValue(0.5);
            book.createSheet("Второй").createRow(0).createCell(0).setCellValue("x");
            book.write(out);
            xlsx = out.toByteArray();
        }
        Table t = TableReader.read(xlsx, 100);
        assertThat(t.format()).isEqualTo("XLSX");
        assertThat(t.header().cells()).containsExactly("Клиент", "Телефон", null, "Дата");
        assertThat(t.rows()).extracting(Table.Row::line).containsExactly(2, 4);
        assertThat(t.rows().get(0).cells()).containsExactly("ООО «А»", "375291234567", "12.50", "2024-02-29T17:45");
        assertThat(Arrays.asList(t.rows().get(1).cell(0), t.rows().get(1).cell(3))).containsExactly(null, "0.5");
        assertThatThrownBy(() -> TableReader.read(xlsx, 1)).hasMessageContaining("tooManyRows");
        assertThat(List.of(Columns.canonical(" E-mail "), Columns.canonical("Серийный  номер"),
                Columns.canonical("Ёмкость"))).containsExactly("email", "серийныйномер", "емкость");
    }
}
