package dozor.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The weekly pattern of a calendar: for each ISO weekday a list of {@link Interval}s in order of time that do not
 * overlap (they may touch: {@code 08:00-12:00, 12:00-16:00}). Several intervals express breaks and split shifts;
 * an empty list is a day off. Immutable.
 */
public final class WorkingHours {

    private static final WorkingHours NONE = new WorkingHours(new EnumMap<>(DayOfWeek.class));

    private final Map<DayOfWeek, List<Interval>> days;

    private WorkingHours(Map<DayOfWeek, List<Interval>> given) {
        EnumMap<DayOfWeek, List<Interval>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Interval> intervals = given.get(day);
            copy.put(day, validated(day.toString(), intervals == null ? List.of() : intervals));
        }
        this.days = Collections.unmodifiableMap(copy);
    }

    /** Hours from a map of weekday to intervals; a missing weekday is a day off. */
    public static WorkingHours of(Map<DayOfWeek, ? extends List<Interval>> days) {
        Objects.requireNonNull(days, "days");
        EnumMap<DayOfWeek, List<Interval>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, intervals) -> copy.put(Objects.requireNonNull(day, "weekday"), intervals));
        return new WorkingHours(copy);
    }

    /** No working time at all (useful only with {@link CalendarDay.Kind#WORKING_DAY} exceptions). */
    public static WorkingHours none() {
        return NONE;
    }

    /** Around the clock, every day: 24×7. */
    public static WorkingHours allDay() {
        return everyDay(Interval.WHOLE_DAY);
    }

    /** The same intervals Monday to Friday, Saturday and Sunday off. */
    public static WorkingHours weekdays(Interval... intervals) {
        return NONE.with(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, intervals);
    }

    /** The same intervals on all seven days. */
    public static WorkingHours everyDay(Interval... intervals) {
        return NONE.with(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, intervals);
    }

    /** A copy where {@code day} has these intervals (none: a day off). */
    public WorkingHours with(DayOfWeek day, Interval... intervals) {
        return with(day, day, intervals);
    }

    /** A copy where the days {@code from..to} (in ISO order, Monday first) have these intervals. */
    public WorkingHours with(DayOfWeek from, DayOfWeek to, Interval... intervals) {
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException(from + ".." + to + " is not a range of weekdays from Monday on");
        }
        EnumMap<DayOfWeek, List<Interval>> copy = new EnumMap<>(days);
        for (DayOfWeek day = from; ; day = day.plus(1)) {
            copy.put(day, List.of(intervals));
            if (day == to) {
                break;
            }
        }
        return new WorkingHours(copy);
    }

    /** The intervals of a weekday, in order of time; empty on a day off. */
    public List<Interval> on(DayOfWeek day) {
        return days.get(Objects.requireNonNull(day, "day"));
    }

    /** All seven weekdays, Monday first, each with its (possibly empty) list. */
    public Map<DayOfWeek, List<Interval>> asMap() {
        return days;
    }

    /** Whether no weekday has working time. */
    public boolean isEmpty() {
        return days.values().stream().allMatch(List::isEmpty);
    }

    /** Whether every weekday is exactly 00:00-24:00. */
    public boolean isAllDay() {
        return days.values().stream().allMatch(List.of(Interval.WHOLE_DAY)::equals);
    }

    /** Working time in a week without clock changes or exceptions. */
    public Duration perWeek() {
        return days.values().stream().flatMap(List::stream).map(Interval::length).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The hours of a normal working day, which a {@link CalendarDay.Kind#WORKING_DAY} without hours of its own gets:
     * those of the first weekday from Monday on that has any (Monday's in a Monday–Friday pattern); empty if none.
     */
    public List<Interval> standardDay() {
        return days.values().stream().filter(list -> !list.isEmpty()).findFirst().orElse(List.of());
    }

    /** Checks that the intervals of one day are in order of time and do not overlap; returns an immutable copy. */
    static List<Interval> validated(String what, List<Interval> intervals) {
        List<Interval> copy = new ArrayList<>(intervals.size());
        for (Interval interval : intervals) {
            Objects.requireNonNull(interval, () -> what + ": an interval is missing (null)");
            if (!copy.isEmpty()) {
                Interval previous = copy.get(copy.size() - 1);
                if (previous.overlaps(interval)) {
                    throw new IllegalArgumentException(what + ": " + interval + " overlaps " + previous);
                }
                if (interval.startMinute() < previous.startMinute()) {
                    throw new IllegalArgumentException(what + ": " + interval + " is listed after " + previous
                            + "; list the intervals of a day in order of time");
                }
            }
            copy.add(interval);
        }
        return List.copyOf(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingHours hours && days.equals(hours.days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        StringJoiner text = new StringJoiner("; ", "WorkingHours[", "]");
        days.forEach((day, intervals) -> {
            if (!intervals.isEmpty()) {
                text.add(day.toString().substring(0, 3) + " " + intervals.stream().map(Interval::toString)
                        .reduce((a, b) -> a + " " + b).orElse(""));
            }
        });
        return text.toString();
    }
}
