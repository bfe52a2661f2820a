package dozor.clocks;

import java.util.Map;

import dozor.calendar.BelarusCalendars;
import dozor.calendar.BusinessCalendar;
import dozor.calendar.Interval;
import dozor.calendar.WorkingHours;

/** The business calendars clocks run on, by id; an unknown id falls back to the support desk's calendar. */
public record Calendars(Map<String, BusinessCalendar> byId) {

    public static final String SUPPORT = "support";

    public BusinessCalendar get(String id) {
        BusinessCalendar calendar = byId.get(id);
        return calendar != null ? calendar : byId.getOrDefault(SUPPORT, BusinessCalendar.always());
    }

    /**
     * The default set: the support desk works 08:00–20:00 every day except Belarus public holidays; the departments
     * Monday to Friday 09:00–13:00 and 14:00–18:00 (lunch 13–14) with holidays and transferred days.
     */
    public static Calendars defaults() {
        WorkingHours desk = WorkingHours.everyDay(Interval.of("08:00", "20:00"));
        WorkingHours office = WorkingHours.weekdays(Interval.of("09:00", "13:00"), Interval.of("14:00", "18:00"));
        return new Calendars(Map.of(SUPPORT, BelarusCalendars.standard(desk), "office",
                BelarusCalendars.standard(office)));
    }

    /** Everything 24×7: plain durations. */
    public static Calendars always() {
        return new Calendars(Map.of(SUPPORT, BusinessCalendar.always()));
    }
}
