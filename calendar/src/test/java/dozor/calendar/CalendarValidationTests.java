package dozor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CalendarValidationTests {

    @Test
    void anIntervalIsReadAndWrittenAsClockTimesAndMayEndAtMidnight() {
        assertThat(Interval.parse("09:00-13:00")).isEqualTo(new Interval(540, 780)).hasToString("09:00-13:00");
        assertThat(Interval.parse(" 8:30 – 12:00 ")).isEqualTo(new Interval(510, 720));
        assertThat(Interval.parse("22:00-24:00").endsAtMidnight()).isTrue();
        assertThat(Interval.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT)).isEqualTo(Interval.parse("22:00-24:00"));
        assertThat(Interval.of(LocalTime.of(22, 0), LocalTime.MAX)).isEqualTo(Interval.parse("22:00-24:00"));
        assertThat(Interval.WHOLE_DAY.length()).isEqualTo(Duration.ofHours(24));
        assertThat(Interval.parse("12:30-20:30").start()).isEqualTo(LocalTime.of(12, 30));
    }

    @Test
    void rejectsEmptyReversedAndImpossibleIntervals() {
        assertThatThrownBy(() -> Interval.parse("13:00-09:00")).hasMessageContaining("13:00-09:00 is empty or reversed");
        assertThatThrownBy(() -> Interval.parse("09:00-09:00")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Interval.parse("09:00-24:30")).hasMessageContaining("not on a clock");
        assertThatThrownBy(() -> Interval.parse("9-13")).hasMessageContaining("is not an interval like 09:00-13:00");
        assertThatThrownBy(() -> Interval.of(LocalTime.of(9, 0, 30), LocalTime.NOON)).hasMessageContaining("whole minutes");
    }

    @Test
    void rejectsOverlappingAndUnsortedIntervalsOfADay() {
        assertThatThrownBy(() -> WorkingHours.weekdays(Interval.parse("09:00-13:00"), Interval.parse("12:00-14:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("MONDAY: 12:00-14:00 overlaps 09:00-13:00");
        assertThatThrownBy(() -> WorkingHours.none().with(DayOfWeek.FRIDAY, Interval.parse("14:00-18:00"),
                Interval.parse("09:00-13:00"))).hasMessageContaining("FRIDAY: 09:00-13:00 is listed after 14:00-18:00");
    }

    @Test
    void acceptsTouchingIntervalsSplitShiftsAndDaysOff() {
        WorkingHours hours = WorkingHours.of(Map.of(DayOfWeek.SATURDAY,
                List.of(Interval.parse("08:00-12:00"), Interval.parse("12:00-12:30"), Interval.parse("13:00-24:00"))));

        assertThat(hours.on(DayOfWeek.SATURDAY)).hasSize(3);
        assertThat(hours.on(DayOfWeek.MONDAY)).isEmpty();
        assertThat(hours.asMap()).containsOnlyKeys(DayOfWeek.values());
        assertThat(hours.perWeek()).isEqualTo(Duration.ofMinutes(4 * 60 + 30 + 11 * 60));
        assertThat(hours.standardDay()).isEqualTo(hours.on(DayOfWeek.SATURDAY));
        assertThat(WorkingHours.allDay().isAllDay()).isTrue();
        assertThat(WorkingHours.weekdays(Interval.parse("09:00-18:00")).perWeek()).isEqualTo(Duration.ofHours(45));
    }

    @Test
    void aCalendarDayNeedsANameAndOnlyAWorkingDayHasHours() {
        LocalDate date = LocalDate.of(2025, 1, 7);

        assertThatThrownBy(() -> CalendarDay.holiday(date, " ")).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> new CalendarDay(date, CalendarDay.Kind.HOLIDAY, "Рождество", List.of(Interval.WHOLE_DAY)))
                .hasMessageContaining("a HOLIDAY has no working hours");
        assertThat(CalendarDay.workingDay(date, "Рабочий", Interval.parse("10:00-12:00")).hours()).hasSize(1);
    }

    @Test
    void aCalendarRefusesTwoExceptionsOnOneDateAndAWorkingDayWithNothingToCopy() {
        LocalDate date = LocalDate.of(2025, 1, 7);
        List<CalendarDay> twice = List.of(CalendarDay.holiday(date, "Рождество"), CalendarDay.dayOff(date, "Перенос"));

        assertThatThrownBy(() -> BusinessCalendar.of(ZoneId.of("Europe/Minsk"), WorkingHours.allDay(), twice))
                .hasMessageContaining("two exceptions for 2025-01-07");
        assertThatThrownBy(() -> BusinessCalendar.of(ZoneId.of("Europe/Minsk"), WorkingHours.none(),
                List.of(CalendarDay.workingDay(date, "Перенос")))).hasMessageContaining("give its hours");
    }

    @Test
    void laterExceptionsReplaceEarlierOnesOfTheSameDate() {
        BusinessCalendar office = BelarusCalendars.standard(WorkingHours.weekdays(Interval.parse("09:00-18:00")));
        LocalDate dayOff = LocalDate.of(2025, 1, 6);

        BusinessCalendar company = office.withExceptions(List.of(CalendarDay.workingDay(dayOff, "Работаем по графику")));

        assertThat(office.isWorkingDay(dayOff)).isFalse();
        assertThat(company.isWorkingDay(dayOff)).isTrue();
        assertThat(company.exceptions()).hasSameSizeAs(office.exceptions());
    }
}
