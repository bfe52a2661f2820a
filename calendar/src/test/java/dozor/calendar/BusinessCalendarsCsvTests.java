package dozor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class BusinessCalendarsCsvTests {

    @Test
    void readsAnAdminTableWithCommentsQuotesAndOwnHours() {
        String table = """
                \uFEFF# график сервисного центра
                date,kind,name,hours,source
                2025-01-07,holiday,Рождество Христово (православное),,Указ №157
                2025-04-26,WORKING_DAY,"Перенос, суббота",,
                31.12.2025,WORKING_DAY,"Сокращённый ""предпраздничный"" день",09:00-13:00 14:00-17:00

                2025-01-06,DAY_OFF,Перенос рабочего дня на 11.01.2025
                """;

        List<CalendarDay> days = BusinessCalendars.parseCsv(new StringReader(table));

        assertThat(days).extracting(CalendarDay::date).containsExactly(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7),
                LocalDate.of(2025, 4, 26), LocalDate.of(2025, 12, 31));
        assertThat(days.get(2).name()).isEqualTo("Перенос, суббота");
        assertThat(days.get(3).name()).isEqualTo("Сокращённый \"предпраздничный\" день");
        assertThat(days.get(3).hours()).containsExactly(Interval.parse("09:00-13:00"), Interval.parse("14:00-17:00"));
        assertThat(days.get(1).kind()).isEqualTo(CalendarDay.Kind.HOLIDAY);
    }

    @Test
    void readsASemicolonTableAsARussianSpreadsheetSavesIt() {
        String table = "date;name;kind\n07.01.2026;Рождество Христово (православное);HOLIDAY\n";

        assertThat(BusinessCalendars.parseCsv(new StringReader(table)))
                .containsExactly(CalendarDay.holiday(LocalDate.of(2026, 1, 7), "Рождество Христово (православное)"));
    }

    @Test
    void namesTheLineOfABadRow() {
        assertThatThrownBy(() -> parse("date,kind,name\n2025-01-07,HOLIDAY,Рождество\n2025-13-01,HOLIDAY,Нет\n"))
                .isInstanceOf(CalendarFormatException.class).hasMessage("line 3: '2025-13-01' is not a date like 2025-01-07 or 07.01.2025")
                .satisfies(e -> assertThat(((CalendarFormatException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> parse("date,kind,name\n2025-01-07,PARTY,Рождество\n"))
                .hasMessageContaining("line 2: 'PARTY' is not a kind of day; use one of [HOLIDAY, WORKING_DAY, DAY_OFF]");
        assertThatThrownBy(() -> parse("date,kind,name\n2025-01-07,HOLIDAY,Рождество\n2025-01-07,DAY_OFF,Перенос\n"))
                .hasMessage("line 3: 2025-01-07 is already on line 2");
        assertThatThrownBy(() -> parse("date,kind,name\n2025-01-07,HOLIDAY,Рождество, православное\n"))
                .hasMessageContaining("line 2: has 4 fields but the header has 3");
        assertThatThrownBy(() -> parse("date,kind,name,hours\n2025-01-11,WORKING_DAY,Суббота,14:00-18:00 09:00-13:00\n"))
                .hasMessageContaining("line 2: 2025-01-11: 09:00-13:00 is listed after 14:00-18:00");
        assertThatThrownBy(() -> parse("date,kind\n")).hasMessageContaining("line 1: the header [date, kind] has no column 'name'");
        assertThatThrownBy(() -> parse("# nothing\n")).hasMessageContaining("no header row");
        assertThatThrownBy(() -> parse("date,kind,name\n2025-01-07,HOLIDAY,\n")).hasMessageContaining("line 2: 2025-01-07: a calendar day needs a name");
    }

    @Test
    void writesATableItReadsBack() {
        List<CalendarDay> days = List.of(CalendarDay.holiday(LocalDate.of(2025, 1, 7), "Рождество, православное"),
                CalendarDay.workingDay(LocalDate.of(2025, 1, 11), "Перенос рабочего дня с 06.01.2025"),
                CalendarDay.workingDay(LocalDate.of(2025, 12, 31), "Короткий \"день\"", Interval.parse("09:00-16:00")));
        StringWriter out = new StringWriter();

        BusinessCalendars.writeCsv(days, out);

        assertThat(BusinessCalendars.parseCsv(new StringReader(out.toString()))).isEqualTo(days);
        assertThat(BusinessCalendars.parseCsv(new StringReader(belarusTable()))).isEqualTo(BelarusCalendars.days());
    }

    static String belarusTable() {
        StringWriter out = new StringWriter();
        BusinessCalendars.writeCsv(BelarusCalendars.days(), out);
        return out.toString();
    }

    static List<CalendarDay> parse(String table) {
        return BusinessCalendars.parseCsv(new StringReader(table));
    }
}
