package dozor.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import dozor.calendar.Timeline.Span;

/**
 * Business time: a zone, a weekly pattern of {@link WorkingHours} and {@link CalendarDay} exceptions by date.
 * Immutable and thread-safe; instants in, instants out, exact to the nanosecond.
 *
 * <p><b>Boundaries.</b> Working time is a union of half-open spans {@code [start, end)}: the start of an interval is
 * working time, its end is not. {@link #workingTimeBetween} measures {@code [from, to)}. {@link #addWorkingTime}
 * returns the <em>first working moment</em> at which the given amount has elapsed, so a due moment is always
 * working time: four working hours from 09:00 with a break 13:00-14:00 are due at 14:00, not 13:00 (the clock stands
 * still in the break, and nothing is late until the break is over). Hence a zero amount gives the next working
 * moment at or after the start, and {@code add(add(s, a), b) == add(s, a + b)} for all non-negative amounts.
 *
 * <p><b>Clock changes.</b> See {@link Timeline}: skipped local times are not worked, repeated ones count once as
 * they pass (a 00:00-24:00 day lasts 23 or 25 hours on the days the clocks change).
 *
 * <p><b>Cost and horizon.</b> The operations walk the dates, never minutes: a year is about 365 steps. A search for
 * working time gives up after {@value #HORIZON_DAYS} days (three years) without any: {@link #addWorkingTime} then
 * throws {@link NoWorkingTimeException} and {@link #nextWorkingMoment} returns empty.
 */
public final class BusinessCalendar {

    /** The zone of Dozor's calendars. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Minsk");

    /** Days without any working time after which a search gives up. */
    public static final int HORIZON_DAYS = 3 * 366;

    private static final BusinessCalendar ALWAYS = of(DEFAULT_ZONE, WorkingHours.allDay(), List.of());

    private final ZoneId zone;

    private final WorkingHours hours;

    private final NavigableMap<LocalDate, CalendarDay> exceptions;

    private final Timeline timeline;

    private final boolean allDay;

    private BusinessCalendar(ZoneId zone, WorkingHours hours, NavigableMap<LocalDate, CalendarDay> exceptions) {
        this.zone = zone;
        this.hours = hours;
        this.exceptions = Collections.unmodifiableNavigableMap(exceptions);
        this.timeline = new Timeline(zone, hours, this.exceptions);
        this.allDay = hours.isAllDay() && exceptions.isEmpty();
    }

    /**
     * A calendar; at most one exception per date. A {@code WORKING_DAY} without hours of its own needs a weekly
     * pattern to take the {@linkplain WorkingHours#standardDay() standard day} from.
     */
    public static BusinessCalendar of(ZoneId zone, WorkingHours hours, Collection<CalendarDay> exceptions) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(hours, "hours");
        NavigableMap<LocalDate, CalendarDay> byDate = new TreeMap<>();
        for (CalendarDay day : Objects.requireNonNull(exceptions, "exceptions")) {
            Objects.requireNonNull(day, "an exception is missing (null)");
            CalendarDay clash = byDate.put(day.date(), day);
            if (clash != null) {
                throw new IllegalArgumentException("two exceptions for " + day.date() + ": " + clash.kind() + " \""
                        + clash.name() + "\" and " + day.kind() + " \"" + day.name() + "\"");
            }
            if (day.isWorking() && day.hours().isEmpty() && hours.standardDay().isEmpty()) {
                throw new IllegalArgumentException(day.date() + " \"" + day.name() + "\" is a WORKING_DAY without hours,"
                        + " and the weekly hours have no working day to take them from; give its hours");
            }
        }
        return new BusinessCalendar(zone, hours, byDate);
    }

    /** A calendar in {@link #DEFAULT_ZONE} without exceptions. */
    public static BusinessCalendar of(WorkingHours hours) {
        return of(DEFAULT_ZONE, hours, List.of());
    }

    /** 24×7 without exceptions: working time is plain duration arithmetic. */
    public static BusinessCalendar always() {
        return ALWAYS;
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingHours workingHours() {
        return hours;
    }

    /** The exceptions by date, in date order. */
    public NavigableMap<LocalDate, CalendarDay> exceptions() {
        return exceptions;
    }

    public Optional<CalendarDay> exception(LocalDate date) {
        return Optional.ofNullable(exceptions.get(date));
    }

    /** A copy with these exceptions added; one of them replaces an existing exception of the same date. */
    public BusinessCalendar withExceptions(Collection<CalendarDay> more) {
        TreeMap<LocalDate, CalendarDay> merged = new TreeMap<>(exceptions);
        of(zone, hours, more).exceptions.forEach(merged::put);
        return of(zone, hours, merged.values());
    }

    public BusinessCalendar withZone(ZoneId other) {
        return of(other, hours, exceptions.values());
    }

    /** The local intervals in force on a date, after exceptions; empty on a non-working date. */
    public List<Interval> hoursOn(LocalDate date) {
        return timeline.hoursOn(Objects.requireNonNull(date, "date"));
    }

    /** Whether a date has working hours (a {@code WORKING_DAY}, or a weekday of the pattern without exception). */
    public boolean isWorkingDay(LocalDate date) {
        return !hoursOn(date).isEmpty();
    }

    /** Whether {@code t} lies in a working span {@code [start, end)}. */
    public boolean isWorkingTime(Instant t) {
        Objects.requireNonNull(t, "t");
        if (allDay) {
            return true;
        }
        for (Span span : timeline.spansOn(timeline.dateOf(t))) {
            if (!t.isBefore(span.start()) && t.isBefore(span.end())) {
                return true;
            }
        }
        return false;
    }

    /** {@code t} if it is working time, else the start of the next working span; empty if none within the horizon. */
    public Optional<Instant> nextWorkingMoment(Instant t) {
        Objects.requireNonNull(t, "t");
        return allDay ? Optional.of(t) : Optional.ofNullable(walk(t, Duration.ZERO, false));
    }

    /**
     * The due moment: the first working moment at or after {@code start} at which {@code amount} of working time
     * has elapsed since {@code start}. From outside working time the clock starts at the next working moment; a zero
     * amount gives that moment.
     *
     * @throws IllegalArgumentException if {@code amount} is negative
     * @throws NoWorkingTimeException if the calendar runs out of working time (see the class comment)
     */
    public Instant addWorkingTime(Instant start, Duration amount) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add must not be negative: " + amount);
        }
        return allDay ? start.plus(amount) : walk(start, amount, true);
    }

    /** Working time elapsed in {@code [from, to)}; zero if {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (allDay) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = timeline.dateOf(to);
        for (LocalDate date = timeline.dateOf(from); !date.isAfter(last); date = date.plusDays(1)) {
            for (Span span : timeline.spansOn(date)) {
                Instant start = span.start().isAfter(from) ? span.start() : from;
                Instant end = span.end().isBefore(to) ? span.end() : to;
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
            if (timeline.noWorkAfter(date)) {
                break;
            }
        }
        return total;
    }

    /** Walks the dates from {@code start} until {@code amount} has elapsed; null (or a throw) when work runs out. */
    private Instant walk(Instant start, Duration amount, boolean throwWhenNone) {
        Duration remaining = amount;
        LocalDate date = timeline.dateOf(start);
        int idleDays = 0;
        while (true) {
            boolean worked = false;
            for (Span span : timeline.spansOn(date)) {
                if (!span.end().isAfter(start)) {
                    continue;
                }
                worked = true;
                Instant from = span.start().isAfter(start) ? span.start() : start;
                Duration available = Duration.between(from, span.end());
                if (remaining.compareTo(available) < 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            idleDays = worked ? 0 : idleDays + 1;
            if (idleDays > HORIZON_DAYS || timeline.noWorkAfter(date)) {
                if (!throwWhenNone) {
                    return null;
                }
                throw new NoWorkingTimeException("the calendar has no working time after " + date + " (" + zone
                        + ", searched " + HORIZON_DAYS + " days ahead) to add " + remaining + " to " + start
                        + "; check its working hours and exceptions");
            }
            date = date.plusDays(1);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar calendar && zone.equals(calendar.zone) && hours.equals(calendar.hours)
                && exceptions.equals(calendar.exceptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, hours, exceptions);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + hours + ", " + exceptions.size() + " exceptions]";
    }
}
