package dozor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Due moments computed by hand, in Minsk (UTC+3), office hours 09:00-13:00 and 14:00-18:00 Monday to Friday. */
class BusinessCalendarTests {

    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    static final WorkingHours OFFICE = WorkingHours.weekdays(Interval.parse("09:00-13:00"), Interval.parse("14:00-18:00"));

    static final BusinessCalendar BELARUS_OFFICE = BelarusCalendars.standard(OFFICE);

    static Instant minsk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MINSK).toInstant();
    }

    static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    @Test
    void theClockStopsForTheLunchBreak() {
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2025-03-03T11:00"), hours(4))).isEqualTo(minsk("2025-03-03T16:00"));
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2025-03-03T12:30"), hours(1))).isEqualTo(minsk("2025-03-03T14:30"));
        assertThat(BELARUS_OFFICE.workingTimeBetween(minsk("2025-03-03T12:00"), minsk("2025-03-03T15:00"))).isEqualTo(hours(2));
    }

    @Test
    void fourHoursFromOpeningAreDueWhenTheBreakEndsSoAnAnswerDuringLunchIsOnTime() {
        Instant due = BELARUS_OFFICE.addWorkingTime(minsk("2025-03-03T09:00"), hours(4));

        assertThat(due).isEqualTo(minsk("2025-03-03T14:00"));
        assertThat(BELARUS_OFFICE.workingTimeBetween(minsk("2025-03-03T09:00"), minsk("2025-03-03T13:30"))).isEqualTo(hours(4));
    }

    @Test
    void aSplitShiftOfTheRepairLineCarriesOverToTheNextMorning() {
        WorkingHours repairLine = WorkingHours.weekdays(Interval.parse("08:00-12:00"), Interval.parse("12:30-20:30"));
        BusinessCalendar calendar = BelarusCalendars.standard(repairLine);

        assertThat(calendar.addWorkingTime(minsk("2025-03-04T11:00"), hours(10))).isEqualTo(minsk("2025-03-05T09:00"));
        assertThat(calendar.addWorkingTime(minsk("2025-03-04T11:45"), Duration.ofMinutes(30)))
                .as("15 minutes before the half-hour break, 15 after").isEqualTo(minsk("2025-03-04T12:45"));
    }

    @Test
    void aFridayEveningRequestRollsOverTheWeekend() {
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2025-03-14T17:00"), hours(3))).isEqualTo(minsk("2025-03-17T11:00"));
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2025-03-15T10:00"), hours(1)))
                .as("a Saturday request starts on Monday morning").isEqualTo(minsk("2025-03-17T10:00"));
    }

    @Test
    void aHolidayOnAWeekdayAndTheBridgeDayAfterItAreSkipped() {
        // 3 July 2025 is Thursday (Independence Day), Friday 4 July is a day off worked on Saturday 12 July.
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2025-07-02T17:00"), hours(2))).isEqualTo(minsk("2025-07-07T10:00"));
        assertThat(BELARUS_OFFICE.isWorkingDay(LocalDate.of(2025, 7, 3))).isFalse();
        assertThat(BELARUS_OFFICE.isWorkingDay(LocalDate.of(2025, 7, 4))).isFalse();
    }

    @Test
    void aTransferredSaturdayIsWorkedWithTheStandardDayHours() {
        assertThat(BELARUS_OFFICE.hoursOn(LocalDate.of(2025, 4, 26))).isEqualTo(OFFICE.on(java.time.DayOfWeek.MONDAY));
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2025-04-25T17:00"), hours(2))).isEqualTo(minsk("2025-04-26T10:00"));
        assertThat(BELARUS_OFFICE.isWorkingTime(minsk("2025-04-26T13:30"))).as("its lunch break too").isFalse();
    }

    @Test
    void radunitsaAndTheMondayBeforeItAreOff() {
        // 2025: Sat 26 Apr worked, Sun 27, Mon 28 (day off), Tue 29 (Радуница) off.
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2025-04-26T17:00"), hours(3))).isEqualTo(minsk("2025-04-30T11:00"));
        // 2026: 18-21 April off, Saturday 25 April worked.
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2026-04-17T17:00"), hours(2))).isEqualTo(minsk("2026-04-22T10:00"));
        assertThat(BELARUS_OFFICE.exception(LocalDate.of(2026, 4, 21))).map(CalendarDay::name).contains("Радуница");
    }

    @Test
    void orthodoxChristmasOnSeventhOfJanuaryIsOff() {
        // 2025: Fri 3 Jan worked; 4-5 weekend, Mon 6 day off, Tue 7 Christmas.
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2025-01-03T17:00"), hours(2))).isEqualTo(minsk("2025-01-08T10:00"));
        // 2026: Wednesday 7 January in the middle of the week.
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2026-01-06T16:00"), hours(4))).isEqualTo(minsk("2026-01-08T11:00"));
    }

    @Test
    void aRequestAtOneMinuteToMidnightOnNewYearsEveWaitsForTheFirstWorkingMorning() {
        Instant start = minsk("2025-12-31T23:59");

        assertThat(BELARUS_OFFICE.isWorkingTime(start)).isFalse();
        assertThat(BELARUS_OFFICE.nextWorkingMoment(start)).contains(minsk("2026-01-05T09:00"));
        assertThat(BELARUS_OFFICE.addWorkingTime(start, hours(1))).isEqualTo(minsk("2026-01-05T10:00"));
        assertThat(BELARUS_OFFICE.workingTimeBetween(start, minsk("2026-01-05T09:00"))).isZero();
    }

    @Test
    void aZeroAmountGivesTheNextWorkingMomentAtOrAfterTheStart() {
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2025-03-03T10:00"), Duration.ZERO)).isEqualTo(minsk("2025-03-03T10:00"));
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2025-03-03T13:00"), Duration.ZERO)).isEqualTo(minsk("2025-03-03T14:00"));
        assertThat(BELARUS_OFFICE.addWorkingTime(minsk("2025-03-15T10:00"), Duration.ZERO)).isEqualTo(minsk("2025-03-17T09:00"));
    }

    @Test
    void intervalsIncludeTheirStartAndExcludeTheirEnd() {
        assertThat(BELARUS_OFFICE.isWorkingTime(minsk("2025-03-03T09:00"))).isTrue();
        assertThat(BELARUS_OFFICE.isWorkingTime(minsk("2025-03-03T08:59:59.999"))).isFalse();
        assertThat(BELARUS_OFFICE.isWorkingTime(minsk("2025-03-03T12:59:59.999"))).isTrue();
        assertThat(BELARUS_OFFICE.isWorkingTime(minsk("2025-03-03T13:00"))).isFalse();
        assertThat(BELARUS_OFFICE.workingTimeBetween(minsk("2025-03-03T10:00"), minsk("2025-03-03T10:00"))).isZero();
        assertThat(BELARUS_OFFICE.workingTimeBetween(minsk("2025-03-03T11:00"), minsk("2025-03-03T10:00"))).isZero();
    }

    @Test
    void isExactToTheMillisecond() {
        Instant start = minsk("2025-03-03T10:15:30.123");

        Instant due = BELARUS_OFFICE.addWorkingTime(start, Duration.parse("PT3H2M3.456S"));

        assertThat(due).isEqualTo(minsk("2025-03-03T14:17:33.579"));
        assertThat(BELARUS_OFFICE.workingTimeBetween(start, due)).isEqualTo(Duration.parse("PT3H2M3.456S"));
    }

    @Test
    void threeHundredWorkingHoursFromNewYearEndExactlyAtLunchOnTheThirtyEighthWorkingDay() {
        // January 2025 has 20 working days (1, 2, 6, 7 off; Saturday 11 worked); 17 more in February make 37 × 8 h
        // = 296 h, and the last 4 h end at 13:00 on Wednesday 26 February: due when the lunch break ends.
        Instant start = minsk("2025-01-01T00:00");

        Instant due = BELARUS_OFFICE.addWorkingTime(start, hours(300));

        assertThat(due).isEqualTo(minsk("2025-02-26T14:00"));
        assertThat(BELARUS_OFFICE.workingTimeBetween(start, due)).isEqualTo(hours(300));
    }

    @Test
    void aYearOfWorkingTimeIsSummedDayByDay() {
        // 2026: 261 weekdays - 7 holidays on weekdays - Monday 20 April + Saturday 25 April = 254 days of 8 hours.
        assertThat(BELARUS_OFFICE.workingTimeBetween(minsk("2026-01-01T00:00"), minsk("2027-01-01T00:00"))).isEqualTo(hours(254 * 8));
        assertThat(BELARUS_OFFICE.workingTimeBetween(minsk("2025-01-01T00:00"), minsk("2026-01-01T00:00"))).isEqualTo(hours(252 * 8));
        // Ten years without exceptions after 2027 still take milliseconds.
        Instant from = minsk("2025-01-01T00:00");
        Instant due = BELARUS_OFFICE.addWorkingTime(from, hours(10 * 2000));
        assertThat(BELARUS_OFFICE.workingTimeBetween(from, due)).isEqualTo(hours(10 * 2000));
    }

    @Test
    void aWorkingDayMayHaveItsOwnShorterHours() {
        BusinessCalendar calendar = BELARUS_OFFICE.withExceptions(List.of(CalendarDay.workingDay(LocalDate.of(2025, 12, 31),
                "Сокращённый день", Interval.parse("09:00-13:00"), Interval.parse("14:00-17:00"))));

        assertThat(calendar.addWorkingTime(minsk("2025-12-31T16:00"), hours(2))).isEqualTo(minsk("2026-01-05T10:00"));
    }

    @Test
    void theAlwaysCalendarIsPlainArithmetic() {
        Instant start = Instant.parse("2025-03-30T00:30:00.001Z");

        assertThat(BusinessCalendar.always().addWorkingTime(start, hours(1000))).isEqualTo(start.plus(hours(1000)));
        assertThat(BusinessCalendar.always().workingTimeBetween(start, start.plusMillis(7))).isEqualTo(Duration.ofMillis(7));
        assertThat(BusinessCalendar.always().isWorkingTime(start)).isTrue();
    }

    @Test
    void aCalendarWithoutWorkingTimeFailsClearlyInsteadOfLooping() {
        BusinessCalendar none = BusinessCalendar.of(WorkingHours.none());

        assertThatThrownBy(() -> none.addWorkingTime(minsk("2025-03-03T10:00"), hours(1)))
                .isInstanceOf(NoWorkingTimeException.class).hasMessageContaining("no working time");
        assertThat(none.nextWorkingMoment(minsk("2025-03-03T10:00"))).isEmpty();
        assertThat(none.workingTimeBetween(minsk("2025-01-01T00:00"), minsk("2125-01-01T00:00"))).isZero();
    }

    @Test
    void givesUpAfterThreeYearsOfHolidays() {
        List<CalendarDay> holidays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusDays(1)) {
            holidays.add(CalendarDay.holiday(d, "Карантин"));
        }
        BusinessCalendar closed = BusinessCalendar.of(MINSK, OFFICE, holidays);

        assertThatThrownBy(() -> closed.addWorkingTime(minsk("2025-01-01T00:00"), hours(1)))
                .isInstanceOf(NoWorkingTimeException.class);
        assertThat(closed.nextWorkingMoment(minsk("2025-01-01T00:00"))).isEmpty();
        assertThat(closed.nextWorkingMoment(minsk("2027-06-01T00:00"))).contains(minsk("2029-01-01T09:00"));
    }

    @Test
    void refusesANegativeAmount() {
        assertThatThrownBy(() -> BELARUS_OFFICE.addWorkingTime(minsk("2025-03-03T10:00"), hours(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
