package dozor.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An exception to the weekly pattern on one date, with a human (Russian) name.
 *
 * <ul>
 * <li>{@link Kind#HOLIDAY}: a public holiday, no working time even on a weekday;</li>
 * <li>{@link Kind#DAY_OFF}: a working day transferred away (e.g. the Monday before Радуница);</li>
 * <li>{@link Kind#WORKING_DAY}: a day worked although the pattern says otherwise (a Saturday worked in exchange
 * for a bridge day) or worked with other hours (a shortened day). Its {@code hours} replace the pattern's for that
 * date; empty {@code hours} mean the calendar's {@linkplain WorkingHours#standardDay() standard day}.</li>
 * </ul>
 *
 * @param hours only for {@code WORKING_DAY}: its intervals, in order of time; empty for the standard day
 */
public record CalendarDay(LocalDate date, Kind kind, String name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Interval> hours) {

    /** What an exceptional date is. */
    public enum Kind {
        HOLIDAY, WORKING_DAY, DAY_OFF
    }

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, () -> date + ": kind is missing");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(date + ": a calendar day needs a name (e.g. \"Новый год\")");
        }
        name = name.strip();
        hours = WorkingHours.validated(date.toString(), hours == null ? List.of() : hours);
        if (kind != Kind.WORKING_DAY && !hours.isEmpty()) {
            throw new IllegalArgumentException(date + ": a " + kind + " has no working hours, but " + hours
                    + " were given; use WORKING_DAY for a day with other hours");
        }
    }

    public static CalendarDay holiday(LocalDate date, String name) {
        return new CalendarDay(date, Kind.HOLIDAY, name, List.of());
    }

    public static CalendarDay dayOff(LocalDate date, String name) {
        return new CalendarDay(date, Kind.DAY_OFF, name, List.of());
    }

    /** A working day with the calendar's standard hours. */
    public static CalendarDay workingDay(LocalDate date, String name) {
        return new CalendarDay(date, Kind.WORKING_DAY, name, List.of());
    }

    /** A working day with these hours (a shortened pre-holiday day, a Saturday with a short shift...). */
    public static CalendarDay workingDay(LocalDate date, String name, Interval... hours) {
        if (hours.length == 0) {
            throw new IllegalArgumentException(date + ": give the hours of the working day, or none for the standard day");
        }
        return new CalendarDay(date, Kind.WORKING_DAY, name, List.of(hours));
    }

    /** Whether the day has working time ({@code WORKING_DAY}). */
    @JsonIgnore
    public boolean isWorking() {
        return kind == Kind.WORKING_DAY;
    }
}
