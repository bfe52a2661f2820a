package dozor.ingest.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import dozor.ingest.intake.IngestProblem;

/**
 * The first sheet of an XLSX workbook, streamed (SAX): a 20 MB workbook would need gigabytes as a DOM. Dates come
 * out as ISO local date-times and whole numbers in full (a phone or an УНП typed as a number is not
 * {@code 3.75291E+11}); everything else as Excel displays it.
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static Table read(byte[] content, int maxRows) {
        Collector rows = new Collector(maxRows);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw IngestProblem.malformed("ingest.import.empty");
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                    new ReadOnlySharedStringsTable(pkg), rows, new PlainFormatter(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        }
        catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
            if (ex instanceof IngestProblem problem) {
                throw problem;
            }
            throw IngestProblem.malformed("ingest.import.badXlsx");
        }
        if (rows.header == null) {
            throw IngestProblem.malformed("ingest.import.empty");
        }
        return new Table("XLSX", null, rows.header, rows.rows);
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;

        private final List<Table.Row> rows = new ArrayList<>();

        private Table.Row header;

        private List<String> cells;

        private int nextColumn;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(value);
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            Table.Row row = new Table.Row(rowNum + 1, cells);
            if (row.blank()) {
                return;
            }
            if (header == null) {
                header = row;
                return;
            }
            if (rows.size() == maxRows) {
                throw ImportLimits.tooManyRows(maxRows);
            }
            rows.add(row);
        }
    }

    /** Excel's display, except dates (ISO) and numbers in the General format (in full, without exponent). */
    private static final class PlainFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904, true).toString();
            }
            if (formatIndex == 0 || "General".equalsIgnoreCase(formatString)) {
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
