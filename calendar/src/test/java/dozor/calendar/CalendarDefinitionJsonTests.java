package dozor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The value form travels as JSON between the api and the streams app (Jackson 3, as they configure it). */
class CalendarDefinitionJsonTests {

    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static final WorkingHours REPAIR_LINE = WorkingHours.weekdays(Interval.parse("08:00-12:00"), Interval.parse("12:30-20:30"))
            .with(DayOfWeek.SATURDAY, Interval.parse("10:00-14:00"));

    @Test
    void aWholeBelarusCalendarSurvivesTheRoundTrip() {
        BusinessCalendar calendar = BelarusCalendars.shortenedBeforeHolidays(REPAIR_LINE);
        CalendarDefinition definition = CalendarDefinition.of("repair-line", 7, calendar);

        String json = JSON.writeValueAsString(definition);
        CalendarDefinition read = JSON.readValue(json, CalendarDefinition.class);

        assertThat(read).isEqualTo(definition);
        assertThat(read.toCalendar()).isEqualTo(calendar);
        assertThat(CalendarDefinition.of("repair-line", 7, read.toCalendar())).isEqualTo(definition);
    }

    @Test
    void theJsonFormIsStable() {
        CalendarDefinition definition = CalendarDefinition.of("office", 1, BusinessCalendar.of(ZoneId.of("Europe/Minsk"),
                WorkingHours.weekdays(Interval.parse("09:00-13:00"), Interval.parse("14:00-18:00")).with(DayOfWeek.FRIDAY,
                        Interval.parse("09:00-13:00"), Interval.parse("14:00-16:45")),
                List.of(CalendarDay.workingDay(LocalDate.of(2025, 1, 11), "Перенос рабочего дня с 06.01.2025"),
                        CalendarDay.holiday(LocalDate.of(2025, 1, 7), "Рождество Христово (православное)"),
                        CalendarDay.workingDay(LocalDate.of(2025, 12, 31), "Короткий день", Interval.parse("09:00-24:00")))));

        assertThat(JSON.writeValueAsString(definition)).isEqualTo("""
                {"id":"office","zone":"Europe/Minsk","weekly":{"MONDAY":["09:00-13:00","14:00-18:00"],\
                "TUESDAY":["09:00-13:00","14:00-18:00"],"WEDNESDAY":["09:00-13:00","14:00-18:00"],\
                "THURSDAY":["09:00-13:00","14:00-18:00"],"FRIDAY":["09:00-13:00","14:00-16:45"],"SATURDAY":[],"SUNDAY":[]},\
                "exceptions":[{"date":"2025-01-07","kind":"HOLIDAY","name":"Рождество Христово (православное)"},\
                {"date":"2025-01-11","kind":"WORKING_DAY","name":"Перенос рабочего дня с 06.01.2025"},\
                {"date":"2025-12-31","kind":"WORKING_DAY","name":"Короткий день","hours":["09:00-24:00"]}],"version":1}""");
    }

    @Test
    void readsAnOlderOrNewerFormLeniently() {
        String json = """
                {"id":"desk","zone":"Europe/Warsaw","weekly":{"MONDAY":["00:00-24:00"]},"version":2,"colour":"green"}""";

        CalendarDefinition read = JSON.readValue(json, CalendarDefinition.class);

        assertThat(read.exceptions()).isEmpty();
        assertThat(read.weekly().get(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(read.toCalendar().zone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
    }

    @Test
    void refusesAnInvalidDefinitionWithAClearMessage() {
        assertThatThrownBy(() -> JSON.readValue("""
                {"id":"desk","zone":"Europe/Minsk","weekly":{"MONDAY":["09:00-13:00","12:00-18:00"]},"version":1}""",
                CalendarDefinition.class)).hasMessageContaining("MONDAY: 12:00-18:00 overlaps 09:00-13:00");
        assertThatThrownBy(() -> new CalendarDefinition("desk", "Mars/Olympus", null, null, 1))
                .hasMessageContaining("'Mars/Olympus' is not a time zone id");
    }
}
