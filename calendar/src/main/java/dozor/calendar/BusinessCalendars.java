package dozor.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calendar tables as CSV, the form admins edit: a header row, then one row per exceptional date.
 *
 * <pre>
 * date,kind,name,hours,source
 * 2025-01-07,HOLIDAY,Рождество Христово (православное),,
 * 2025-04-26,WORKING_DAY,Перенос рабочего дня с 28.04.2025,,
 * 2025-12-31,WORKING_DAY,Сокращённый день,09:00-13:00 14:00-17:00,
 * </pre>
 *
 * Columns are found by name in the header ({@code date}, {@code kind}, {@code name} required; {@code hours}
 * optional; others, such as {@code source}, are comments and ignored). Dates are {@code 2025-01-07} or
 * {@code 07.01.2025}; kinds are {@code HOLIDAY}, {@code WORKING_DAY}, {@code DAY_OFF} in any case; hours are
 * intervals separated by spaces. The separator is a comma, or a semicolon when the header uses semicolons (as a
 * Russian-locale spreadsheet saves it); fields may be quoted with {@code "}. Blank lines and lines starting with
 * {@code #} are skipped; a UTF-8 byte order mark is dropped.
 */
public final class BusinessCalendars {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private BusinessCalendars() {
    }

    /**
     * The exceptional days of a table, in date order.
     *
     * @throws CalendarFormatException naming the first bad line
     * @throws UncheckedIOException if the reader fails
     */
    public static List<CalendarDay> parseCsv(Reader reader) {
        List<CalendarDay> days = new ArrayList<>();
        Map<LocalDate, Integer> lineOfDate = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            Header header = null;
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = Header.read(number, line);
                    continue;
                }
                CalendarDay day = header.day(number, line);
                Integer earlier = lineOfDate.putIfAbsent(day.date(), number);
                if (earlier != null) {
                    throw new CalendarFormatException(number, day.date() + " is already on line " + earlier);
                }
                days.add(day);
            }
            if (header == null) {
                throw new CalendarFormatException(Math.max(number, 1), "the table has no header row (date,kind,name)");
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        days.sort(Comparator.comparing(CalendarDay::date));
        return List.copyOf(days);
    }

    /** A calendar from a table of exceptions. */
    public static BusinessCalendar fromCsv(ZoneId zone, WorkingHours hours, Reader reader) {
        return BusinessCalendar.of(zone, hours, parseCsv(reader));
    }

    /** Writes days as a table {@link #parseCsv} reads back ({@code date,kind,name,hours}), in date order. */
    public static void writeCsv(Collection<CalendarDay> days, Writer out) {
        try {
            out.write("date,kind,name,hours\n");
            for (CalendarDay day : days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList()) {
                String hours = day.hours().stream().map(Interval::toString).collect(Collectors.joining(" "));
                out.write(day.date() + "," + day.kind() + "," + quoted(day.name()) + "," + hours + "\n");
            }
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r');
        return plain && !field.startsWith("#") ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    private record Header(char separator, int size, int dateColumn, int kindColumn, int nameColumn, int hoursColumn) {

        static Header read(int number, String line) {
            char separator = line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
            List<String> columns = CsvLine.fields(number, line, separator).stream()
                    .map(column -> column.strip().toLowerCase(Locale.ROOT)).toList();
            return new Header(separator, columns.size(), required(number, columns, "date"),
                    required(number, columns, "kind"), required(number, columns, "name"), columns.indexOf("hours"));
        }

        private static int required(int number, List<String> columns, String name) {
            int index = columns.indexOf(name);
            if (index < 0) {
                throw new CalendarFormatException(number, "the header " + columns + " has no column '" + name
                        + "' (needed: date, kind, name; optional: hours)");
            }
            return index;
        }

        CalendarDay day(int number, String line) {
            List<String> fields = CsvLine.fields(number, line, separator);
            if (fields.size() > size) {
                throw new CalendarFormatException(number, "has " + fields.size() + " fields but the header has " + size
                        + "; quote a field that contains '" + separator + "'");
            }
            try {
                return new CalendarDay(date(field(fields, dateColumn)), kind(field(fields, kindColumn)),
                        field(fields, nameColumn), hoursColumn < 0 ? List.of() : intervals(field(fields, hoursColumn)));
            }
            catch (IllegalArgumentException | NullPointerException e) {
                throw new CalendarFormatException(number, e.getMessage());
            }
        }

        private static String field(List<String> fields, int index) {
            return index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    private static LocalDate date(String text) {
        try {
            return text.contains(".") ? LocalDate.parse(text, RUSSIAN_DATE) : LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date like 2025-01-07 or 07.01.2025");
        }
    }

    private static CalendarDay.Kind kind(String text) {
        try {
            return CalendarDay.Kind.valueOf(text.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a kind of day; use one of "
                    + Arrays.toString(CalendarDay.Kind.values()));
        }
    }

    private static List<Interval> intervals(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.strip().split("[\\s,]+")).map(Interval::parse).toList();
    }
}
