package dozor.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The value form of a whole calendar, for events and storage: what the api publishes and the streams app rebuilds
 * a {@link BusinessCalendar} from. Its JSON is stable:
 *
 * <pre>{@code
 * {"id":"service-desk","zone":"Europe/Minsk",
 *  "weekly":{"MONDAY":["09:00-13:00","14:00-18:00"], ..., "SUNDAY":[]},
 *  "exceptions":[{"date":"2025-01-07","kind":"HOLIDAY","name":"Рождество Христово (православное)"},
 *                {"date":"2025-01-11","kind":"WORKING_DAY","name":"Перенос рабочего дня с 06.01.2025"}],
 *  "version":3}
 * }</pre>
 *
 * All seven weekdays are always present (empty list: day off), exceptions are in date order, a WORKING_DAY's
 * {@code hours} appear only when it has its own. Unknown properties are ignored, so adding an optional property
 * later breaks no reader.
 *
 * @param id the calendar's id, chosen by the api (e.g. {@code service-desk}, {@code repair-line})
 * @param zone an IANA zone id
 * @param version the revision of this calendar, raised by the api on every edit (0 or more); a consumer that sees
 *        two definitions of one id keeps the higher revision
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "id", "zone", "weekly", "exceptions", "version" })
public record CalendarDefinition(String id, String zone, Map<DayOfWeek, List<Interval>> weekly,
        List<CalendarDay> exceptions, int version) {

    public CalendarDefinition {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a calendar definition needs an id");
        }
        Objects.requireNonNull(zone, "zone");
        try {
            ZoneId.of(zone);
        }
        catch (DateTimeException e) {
            throw new IllegalArgumentException("calendar " + id + ": '" + zone + "' is not a time zone id", e);
        }
        if (version < 0) {
            throw new IllegalArgumentException("calendar " + id + ": version must not be negative, was " + version);
        }
        weekly = WorkingHours.of(weekly == null ? Map.of() : weekly).asMap();
        exceptions = exceptions == null ? List.of()
                : exceptions.stream().sorted(Comparator.nullsLast(Comparator.comparing(CalendarDay::date))).toList();
        BusinessCalendar.of(ZoneId.of(zone), WorkingHours.of(weekly), exceptions); // the same checks, now
    }

    /** The definition of a calendar under an id and revision. */
    public static CalendarDefinition of(String id, int version, BusinessCalendar calendar) {
        return new CalendarDefinition(id, calendar.zone().getId(), calendar.workingHours().asMap(),
                List.copyOf(calendar.exceptions().values()), version);
    }

    /** The calendar it defines. */
    public BusinessCalendar toCalendar() {
        return BusinessCalendar.of(ZoneId.of(zone), WorkingHours.of(weekly), exceptions);
    }
}
