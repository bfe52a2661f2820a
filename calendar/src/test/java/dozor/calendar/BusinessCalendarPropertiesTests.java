package dozor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Laws of business time on random calendars (random weekly intervals, touching or with breaks, random holidays,
 * days off and working days, zones with and without clock changes, including a gap at midnight) and random
 * instants and amounts, exact to the millisecond.
 */
class BusinessCalendarPropertiesTests {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Minsk"), ZoneId.of("Europe/Warsaw"),
            ZoneId.of("America/Santiago"), ZoneId.of("Australia/Lord_Howe"), ZoneOffset.UTC);

    static final LocalDate FIRST_EXCEPTION = LocalDate.of(2025, 1, 1);

    static final Instant EARLIEST_START = Instant.parse("2024-12-01T00:00:00Z");

    static final long START_MINUTES = Duration.ofDays(430).toMinutes();

    @Property(tries = 200)
    void theDueMomentIsExactlyTheAmountOfWorkingTimeAfterTheStart(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start, @ForAll("amounts") Duration amount) {
        Instant due = calendar.addWorkingTime(start, amount);

        assertThat(calendar.workingTimeBetween(start, due)).isEqualTo(amount);
    }

    @Property(tries = 200)
    void aLongerAmountIsNeverDueEarlier(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
            @ForAll("amounts") Duration a, @ForAll("amounts") Duration b) {
        Duration shorter = a.compareTo(b) <= 0 ? a : b;
        Duration longer = a.compareTo(b) <= 0 ? b : a;

        assertThat(calendar.addWorkingTime(start, shorter)).isBeforeOrEqualTo(calendar.addWorkingTime(start, longer));
    }

    @Property(tries = 200)
    void theDueMomentIsTheFirstWorkingMomentWithTheWholeAmountElapsed(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start, @ForAll("amounts") Duration amount,
            @ForAll("fractions") double fraction) {
        Instant due = calendar.addWorkingTime(start, amount);
        Instant earlier = start.plusNanos((long) (Duration.between(start, due).toNanos() * fraction));

        assertThat(calendar.isWorkingTime(due)).isTrue();
        if (earlier.isBefore(due) && calendar.isWorkingTime(earlier)) {
            assertThat(calendar.workingTimeBetween(start, earlier)).isLessThan(amount);
        }
    }

    @Property(tries = 200)
    void addingInTwoStepsIsAddingTheSum(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
            @ForAll("amounts") Duration a, @ForAll("amounts") Duration b) {
        assertThat(calendar.addWorkingTime(calendar.addWorkingTime(start, a), b))
                .isEqualTo(calendar.addWorkingTime(start, a.plus(b)));
    }

    @Property(tries = 200)
    void workingTimeAddsUpOverSplitPoints(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant x,
            @ForAll("instants") Instant y, @ForAll("instants") Instant z) {
        List<Instant> points = new ArrayList<>(List.of(x, y, z));
        points.sort(null);
        Instant a = points.get(0);
        Instant b = points.get(1);
        Instant c = points.get(2);

        assertThat(calendar.workingTimeBetween(a, c))
                .isEqualTo(calendar.workingTimeBetween(a, b).plus(calendar.workingTimeBetween(b, c)));
        assertThat(calendar.workingTimeBetween(c, a)).isZero();
    }

    @Property(tries = 200)
    void workingTimeNeverExceedsElapsedTimeAndCountsExactlyTheWorkingInstants(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant t, @ForAll("amounts") Duration d) {
        assertThat(calendar.workingTimeBetween(t, t.plus(d))).isLessThanOrEqualTo(d);
        assertThat(calendar.workingTimeBetween(t, t.plusNanos(1)))
                .isEqualTo(calendar.isWorkingTime(t) ? Duration.ofNanos(1) : Duration.ZERO);
    }

    @Property(tries = 200)
    void theNextWorkingMomentIsWhereAZeroAmountIsDue(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant t) {
        Instant next = calendar.nextWorkingMoment(t).orElseThrow();

        assertThat(next).isEqualTo(calendar.addWorkingTime(t, Duration.ZERO)).isAfterOrEqualTo(t);
        assertThat(calendar.isWorkingTime(next)).isTrue();
        assertThat(calendar.workingTimeBetween(t, next)).isZero();
        assertThat(next.equals(t)).isEqualTo(calendar.isWorkingTime(t));
    }

    @Property(tries = 200)
    void withoutClockChangesWorkingTimeIsWhatTheWallClockSays(@ForAll("calendarsWithoutClockChanges") BusinessCalendar calendar,
            @ForAll("instants") Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, calendar.zone());
        long nanoOfDay = local.toLocalTime().toNanoOfDay();
        boolean byWallClock = calendar.hoursOn(local.toLocalDate()).stream()
                .anyMatch(i -> nanoOfDay >= minuteNanos(i.startMinute()) && nanoOfDay < minuteNanos(i.endMinute()));

        assertThat(calendar.isWorkingTime(t)).isEqualTo(byWallClock);
    }

    @Property(tries = 200)
    void roundTheClockIsPlainArithmetic(@ForAll("zones") ZoneId zone, @ForAll("instants") Instant start,
            @ForAll("amounts") Duration amount) {
        BusinessCalendar walked = BusinessCalendar.of(zone, WorkingHours.allDay(),
                List.of(CalendarDay.workingDay(LocalDate.of(2025, 6, 1), "рабочий день")));
        Instant end = start.plus(amount);

        for (BusinessCalendar calendar : List.of(BusinessCalendar.always(), walked)) {
            assertThat(calendar.addWorkingTime(start, amount)).isEqualTo(end);
            assertThat(calendar.workingTimeBetween(start, end)).isEqualTo(amount);
            assertThat(calendar.isWorkingTime(start)).isTrue();
        }
    }

    @Property(tries = 50)
    void aCalendarThatRunsOutOfWorkingDaysSaysSo(@ForAll("exceptions") List<CalendarDay> exceptions,
            @ForAll("amounts") Duration amount) {
        List<CalendarDay> withHours = exceptions.stream().map(day -> day.isWorking() && day.hours().isEmpty()
                ? CalendarDay.workingDay(day.date(), day.name(), Interval.parse("10:00-11:00")) : day).toList();
        BusinessCalendar calendar = BusinessCalendar.of(ZoneId.of("Europe/Minsk"), WorkingHours.none(), withHours);
        Instant afterAll = Instant.parse("2026-03-01T00:00:00Z");

        assertThatThrownBy(() -> calendar.addWorkingTime(afterAll, amount)).isInstanceOf(NoWorkingTimeException.class);
        assertThat(calendar.nextWorkingMoment(afterAll)).isEmpty();
    }

    // --- generators -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Combinators.combine(zones(), weekly(), exceptions()).as(BusinessCalendar::of);
    }

    @Provide
    Arbitrary<BusinessCalendar> calendarsWithoutClockChanges() {
        return Combinators.combine(Arbitraries.of(ZoneId.of("Europe/Minsk"), ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 45)),
                weekly(), exceptions()).as(BusinessCalendar::of);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    /** Non-empty weekly hours: at least one weekday with an interval. */
    Arbitrary<WorkingHours> weekly() {
        return day().list().ofSize(7).map(days -> {
            Map<DayOfWeek, List<Interval>> map = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek weekday : DayOfWeek.values()) {
                map.put(weekday, days.get(weekday.ordinal()));
            }
            return WorkingHours.of(map);
        }).filter(hours -> !hours.isEmpty());
    }

    /** The intervals of one day: sorted boundaries paired up, so some touch; often near the DST hours. */
    Arbitrary<List<Interval>> day() {
        Arbitrary<Integer> boundary = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 96).map(q -> q * 15)),
                Tuple.of(2, Arbitraries.integers().between(0, Interval.MINUTES_PER_DAY)),
                Tuple.of(1, Arbitraries.of(0, 60, 120, 150, 180, 1380, 1440)));
        Arbitrary<List<Interval>> intervals = boundary.list().ofMaxSize(6).map(BusinessCalendarPropertiesTests::paired);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())),
                Tuple.of(4, intervals));
    }

    static List<Interval> paired(List<Integer> boundaries) {
        List<Integer> sorted = boundaries.stream().sorted().toList();
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i += 2) {
            if (sorted.get(i) < sorted.get(i + 1)) {
                intervals.add(new Interval(sorted.get(i), sorted.get(i + 1)));
            }
        }
        return intervals;
    }

    @Provide
    Arbitrary<List<CalendarDay>> exceptions() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 420).map(FIRST_EXCEPTION::plusDays);
        Arbitrary<CalendarDay> days = Combinators.combine(dates, Arbitraries.of(CalendarDay.Kind.class), day())
                .as((date, kind, hours) -> new CalendarDay(date, kind, "день " + date,
                        kind == CalendarDay.Kind.WORKING_DAY ? hours : List.of()));
        return days.list().ofMaxSize(40).uniqueElements(CalendarDay::date);
    }

    /** Instants in 2024-12..2026-01, a quarter of them within three days of a clock change of one of the zones. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> anywhere = Arbitraries.longs().between(0, START_MINUTES)
                .map(m -> EARLIEST_START.plus(Duration.ofMinutes(m)));
        Arbitrary<Instant> nearClockChange = Combinators.combine(Arbitraries.of(CLOCK_CHANGES),
                Arbitraries.longs().between(-3 * 1440, 3 * 1440)).as((change, m) -> change.plus(Duration.ofMinutes(m)));
        Arbitrary<Long> millis = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(1, Arbitraries.longs().between(0, 59_999)));
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(3, anywhere), Tuple.of(1, nearClockChange)), millis)
                .as(Instant::plusMillis);
    }

    static final List<Instant> CLOCK_CHANGES = clockChanges();

    static List<Instant> clockChanges() {
        List<Instant> changes = new ArrayList<>();
        Instant end = EARLIEST_START.plus(Duration.ofMinutes(START_MINUTES));
        for (ZoneId zone : ZONES) {
            for (var t = zone.getRules().nextTransition(EARLIEST_START); t != null && t.getInstant().isBefore(end);
                    t = zone.getRules().nextTransition(t.getInstant())) {
                changes.add(t.getInstant());
            }
        }
        return changes;
    }

    @Provide
    Arbitrary<Duration> amounts() {
        long maxMillis = Duration.ofHours(300).toMillis();
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Duration.ZERO)),
                Tuple.of(4, Arbitraries.longs().between(1, 300 * 4).map(q -> Duration.ofMinutes(15 * q))),
                Tuple.of(2, Arbitraries.longs().between(1, Duration.ofHours(10).toMillis()).map(Duration::ofMillis)),
                Tuple.of(1, Arbitraries.longs().between(1, maxMillis).map(Duration::ofMillis)));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    static long minuteNanos(int minute) {
        return Duration.ofMinutes(minute).toNanos();
    }
}
