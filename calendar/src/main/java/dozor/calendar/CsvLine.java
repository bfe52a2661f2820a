package dozor.calendar;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of a calendar table into fields (RFC 4180 quoting within a line). */
final class CsvLine {

    private CsvLine() {
    }

    /** The fields of one line; a quoted field may contain the separator and doubled quotes. */
    static List<String> fields(int number, String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new CalendarFormatException(number, "a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"' && i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    }
                    else if (c == '"') {
                        break;
                    }
                    else {
                        field.append(c);
                    }
                }
                while (i < line.length() && line.charAt(i) != separator) {
                    if (!Character.isWhitespace(line.charAt(i++))) {
                        throw new CalendarFormatException(number, "text after a closing quote");
                    }
                }
            }
            while (i < line.length() && line.charAt(i) != separator) {
                field.append(line.charAt(i++));
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++; // the separator
        }
    }
}
