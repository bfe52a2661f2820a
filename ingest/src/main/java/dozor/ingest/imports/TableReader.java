package dozor.ingest.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import dozor.ingest.intake.IngestProblem;

/**
 * Reads an uploaded file into a {@link Table}: an XLSX workbook (its first sheet) when the bytes are a ZIP
 * archive, otherwise UTF-8 CSV (an optional byte order mark; {@code ;}, {@code ,} or tab as found in the header;
 * RFC 4180 quoting, so a backslash is just a character). A file with more data rows than {@code maxRows} is
 * refused as soon as the row after the limit is read.
 */
final class TableReader {

    private TableReader() {
    }

    static Table read(byte[] content, int maxRows) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return XlsxTable.read(content, maxRows);
        }
        return csv(content, maxRows);
    }

    static Table csv(byte[] content, int maxRows) {
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        RFC4180Parser parser = new RFC4180ParserBuilder().withSeparator(separator).build();
        Table.Row header = null;
        List<Table.Row> rows = new ArrayList<>();
        long before = 0;
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text)).withCSVParser(parser)
                .withKeepCarriageReturn(false).build()) {
            String[] cells;
            while ((cells = reader.readNext()) != null) {
                Table.Row row = new Table.Row(Math.toIntExact(before + 1), Arrays.asList(cells));
                before = reader.getLinesRead();
                if (row.blank()) {
                    continue;
                }
                if (header == null) {
                    header = row;
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw ImportLimits.tooManyRows(maxRows);
                }
                rows.add(row);
            }
        }
        catch (IOException | CsvException ex) {
            throw IngestProblem.malformed("ingest.import.badCsv", String.valueOf(before + 1));
        }
        if (header == null) {
            throw IngestProblem.malformed("ingest.import.empty");
        }
        return new Table("CSV", separator == '\t' ? "\\t" : String.valueOf(separator), header, rows);
    }

    /** Strict: a Windows-1251 export must be refused, not read as mojibake into the customers' names. */
    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        }
        catch (CharacterCodingException ex) {
            throw IngestProblem.malformed("ingest.import.notUtf8");
        }
    }

    /** The most frequent of {@code ; , tab} outside quotes in the first line; a comma when there is none. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
