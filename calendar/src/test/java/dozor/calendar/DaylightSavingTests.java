package dozor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Europe/Warsaw: on Sunday 30 March 2025 02:00 CET jumps to 03:00 CEST, on Sunday 26 October 2025 03:00 CEST falls
 * back to 02:00 CET. Skipped local times are not worked; the repeated hour is worked as it passes, twice.
 */
class DaylightSavingTests {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    static final LocalDate SPRING = LocalDate.of(2025, 3, 30);

    static final LocalDate AUTUMN = LocalDate.of(2025, 10, 26);

    /** A working day that changes nothing, so that the day-by-day walk runs instead of the 24×7 shortcut. */
    static final List<CalendarDay> NEUTRAL = List.of(CalendarDay.workingDay(LocalDate.of(2030, 1, 1), "—"));

    static BusinessCalendar warsaw(WorkingHours hours) {
        return BusinessCalendar.of(WARSAW, hours, NEUTRAL);
    }

    static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WARSAW).toInstant();
    }

    @Test
    void aRoundTheClockDayLastsTwentyThreeOrTwentyFiveHoursWhenTheClocksChange() {
        BusinessCalendar roundTheClock = warsaw(WorkingHours.allDay());

        assertThat(roundTheClock.workingTimeBetween(start(SPRING), start(SPRING.plusDays(1)))).isEqualTo(Duration.ofHours(23));
        assertThat(roundTheClock.workingTimeBetween(start(AUTUMN), start(AUTUMN.plusDays(1)))).isEqualTo(Duration.ofHours(25));
        for (Instant from : List.of(local("2025-03-29T20:17:00.5"), local("2025-10-25T23:00"))) {
            for (Duration d : List.of(Duration.ZERO, Duration.ofMinutes(150), Duration.ofHours(30))) {
                assertThat(roundTheClock.addWorkingTime(from, d)).isEqualTo(from.plus(d));
            }
        }
    }

    @Test
    void aNightShiftIsAnHourShorterInSpringAndAnHourLongerInAutumn() {
        BusinessCalendar nights = warsaw(WorkingHours.everyDay(Interval.parse("00:00-06:00"), Interval.parse("22:00-24:00")));

        assertThat(nights.workingTimeBetween(local("2025-03-29T22:00"), local("2025-03-30T06:00"))).isEqualTo(Duration.ofHours(7));
        assertThat(nights.workingTimeBetween(local("2025-10-25T22:00"), local("2025-10-26T06:00"))).isEqualTo(Duration.ofHours(9));
        assertThat(nights.addWorkingTime(local("2025-10-25T22:00"), Duration.ofHours(8)))
                .as("2 h before midnight and 6 h after it end at 05:00 wall clock").isEqualTo(local("2025-10-26T05:00"));
    }

    @Test
    void anIntervalAcrossTheSpringGapLosesTheSkippedHour() {
        BusinessCalendar sundays = warsaw(WorkingHours.none().with(DayOfWeek.SUNDAY, Interval.parse("01:00-04:00")));

        assertThat(sundays.workingTimeBetween(start(SPRING), start(SPRING.plusDays(1)))).isEqualTo(Duration.ofHours(2));
        assertThat(sundays.isWorkingTime(Instant.parse("2025-03-30T00:59:59.999Z"))).as("01:59:59.999 CET").isTrue();
        assertThat(sundays.isWorkingTime(Instant.parse("2025-03-30T01:00:00Z"))).as("03:00 CEST").isTrue();
        assertThat(sundays.isWorkingTime(Instant.parse("2025-03-30T02:00:00Z"))).as("04:00 CEST").isFalse();
        assertThat(sundays.addWorkingTime(local("2025-03-30T01:30"), Duration.ofHours(1))).isEqualTo(local("2025-03-30T03:30"));

        BusinessCalendar aroundTheGap = warsaw(WorkingHours.none().with(DayOfWeek.SUNDAY, Interval.parse("01:00-02:30"),
                Interval.parse("02:45-04:00")));
        assertThat(aroundTheGap.workingTimeBetween(start(SPRING), start(SPRING.plusDays(1))))
                .as("01:00-02:00 CET and 03:00-04:00 CEST, never counted twice").isEqualTo(Duration.ofHours(2));
    }

    @Test
    void anIntervalInsideTheSpringGapIsNotWorkedThatDay() {
        BusinessCalendar skipped = warsaw(WorkingHours.none().with(DayOfWeek.SUNDAY, Interval.parse("02:00-02:30")));

        assertThat(skipped.workingTimeBetween(start(SPRING), start(SPRING.plusDays(1)))).isZero();
        assertThat(skipped.addWorkingTime(local("2025-03-29T12:00"), Duration.ofMinutes(10))).isEqualTo(local("2025-04-06T02:10"));
        assertThat(skipped.nextWorkingMoment(local("2025-03-30T01:00"))).contains(local("2025-04-06T02:00"));
    }

    @Test
    void theRepeatedAutumnHourIsWorkedTwiceAndATimeInItMeansItsFirstOccurrence() {
        BusinessCalendar repeated = warsaw(WorkingHours.none().with(DayOfWeek.SUNDAY, Interval.parse("02:00-03:00")));
        BusinessCalendar fromHalfPast = warsaw(WorkingHours.none().with(DayOfWeek.SUNDAY, Interval.parse("02:30-03:00")));

        assertThat(repeated.workingTimeBetween(start(AUTUMN), start(AUTUMN.plusDays(1)))).isEqualTo(Duration.ofHours(2));
        assertThat(fromHalfPast.workingTimeBetween(start(AUTUMN), start(AUTUMN.plusDays(1)))).isEqualTo(Duration.ofMinutes(90));
        assertThat(fromHalfPast.nextWorkingMoment(start(AUTUMN))).contains(Instant.parse("2025-10-26T00:30:00Z"));
    }

    @Test
    void officeHoursAcrossTheSpringChangeFollowTheWallClock() {
        BusinessCalendar office = warsaw(WorkingHours.weekdays(Interval.parse("09:00-17:00")));

        Instant due = office.addWorkingTime(local("2025-03-28T09:00"), Duration.ofHours(10));

        assertThat(due).isEqualTo(Instant.parse("2025-03-31T09:00:00Z")).isEqualTo(local("2025-03-31T11:00"));
    }

    @Test
    void aDayThatStartsWithAGapAtMidnightStartsAtTheTransition() {
        ZoneId santiago = ZoneId.of("America/Santiago");
        ZoneOffsetTransition gap = santiago.getRules().nextTransition(Instant.parse("2025-08-01T00:00:00Z"));
        LocalDate day = gap.getDateTimeAfter().toLocalDate();
        assertThat(gap.isGap()).isTrue();
        assertThat(gap.getDateTimeBefore().toLocalTime()).as("Chile moves midnight to 01:00").hasToString("00:00");
        BusinessCalendar roundTheClock = BusinessCalendar.of(santiago, WorkingHours.allDay(), NEUTRAL);
        BusinessCalendar earlyMornings = BusinessCalendar.of(santiago, WorkingHours.everyDay(Interval.parse("00:00-01:30")), NEUTRAL);
        Instant dayStart = day.atStartOfDay(santiago).toInstant();

        assertThat(dayStart).isEqualTo(gap.getInstant());
        assertThat(roundTheClock.workingTimeBetween(dayStart, day.plusDays(1).atStartOfDay(santiago).toInstant()))
                .isEqualTo(Duration.ofHours(23));
        assertThat(earlyMornings.workingTimeBetween(dayStart, dayStart.plus(Duration.ofHours(5)))).isEqualTo(Duration.ofMinutes(30));
    }

    static Instant start(LocalDate date) {
        return date.atStartOfDay(WARSAW).toInstant();
    }
}
