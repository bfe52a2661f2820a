package dozor.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * Turns a calendar's local hours into working spans on the time line, one date at a time.
 *
 * <p>A local date-time maps to an instant by the zone's rules, and in a clock change: a time skipped by a gap maps
 * to the instant of the transition (so a skipped part of an interval is simply not worked), a time that occurs
 * twice in an overlap maps to its first occurrence. This mapping never decreases, so the spans of a date are in
 * order, do not overlap, and lie within [start of the date, start of the next date].
 */
final class Timeline {

    /** A non-empty half-open span [start, end) of working time. */
    record Span(Instant start, Instant end) {
    }

    private final ZoneId zone;

    private final ZoneRules rules;

    private final WorkingHours weekly;

    private final NavigableMap<LocalDate, CalendarDay> exceptions;

    private final LocalDate lastWorkingException;

    Timeline(ZoneId zone, WorkingHours weekly, NavigableMap<LocalDate, CalendarDay> exceptions) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.weekly = weekly;
        this.exceptions = exceptions;
        this.lastWorkingException = exceptions.descendingMap().values().stream().filter(CalendarDay::isWorking)
                .map(CalendarDay::date).findFirst().orElse(LocalDate.MIN);
    }

    LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The local intervals in force on a date: the exception's, else the weekly pattern's. */
    List<Interval> hoursOn(LocalDate date) {
        CalendarDay exception = exceptions.get(date);
        if (exception == null) {
            return weekly.on(date.getDayOfWeek());
        }
        if (!exception.isWorking()) {
            return List.of();
        }
        return exception.hours().isEmpty() ? weekly.standardDay() : exception.hours();
    }

    /** The working spans of a date, in order; empty when it has none (or all of its hours were skipped by a gap). */
    List<Span> spansOn(LocalDate date) {
        List<Interval> hours = hoursOn(date);
        if (hours.isEmpty()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(hours.size());
        for (Interval interval : hours) {
            Instant start = at(date, interval.startMinute());
            Instant end = at(date, interval.endMinute());
            if (start.isBefore(end)) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    /** Whether no date after this one can have working time: no weekly hours and no working day later on. */
    boolean noWorkAfter(LocalDate date) {
        return weekly.isEmpty() && !lastWorkingException.isAfter(date);
    }

    Instant at(LocalDate date, int minuteOfDay) {
        LocalDateTime local = minuteOfDay == Interval.MINUTES_PER_DAY ? date.plusDays(1).atStartOfDay()
                : date.atTime(minuteOfDay / 60, minuteOfDay % 60);
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        // In an overlap the offset before the transition comes first: the earlier instant.
        return local.toInstant(offsets.get(0));
    }
}
