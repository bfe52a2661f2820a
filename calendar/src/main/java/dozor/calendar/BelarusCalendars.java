package dozor.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Objects;

/**
 * Belarus: public holidays and the transfers of working days decreed by the Council of Ministers, for the years
 * {@value #FIRST_YEAR}–{@value #LAST_YEAR} (resource {@value #RESOURCE}; sources in the module README). Outside
 * those years a calendar from here has the weekly pattern only: extend the table every year when the decree on
 * the next year's transfers is published (usually July–November).
 */
public final class BelarusCalendars {

    public static final ZoneId ZONE = ZoneId.of("Europe/Minsk");

    public static final String RESOURCE = "/dozor/calendar/belarus-2025-2027.csv";

    public static final int FIRST_YEAR = 2025;

    public static final int LAST_YEAR = 2027;

    private static final String PRE_HOLIDAY = "Предпраздничный день (на час короче)";

    private static final Pattern TRANSFERRED_FROM = Pattern.compile("Перенос рабочего дня с (\\d{2}\\.\\d{2}\\.\\d{4})");

    private static final List<CalendarDay> DAYS = load();

    private static final Map<LocalDate, LocalDate> WORK_MOVED_FROM = workMovedFrom(DAYS);

    private BelarusCalendars() {
    }

    /** The company's weekly hours in Minsk with Belarus holidays and transfers. */
    public static BusinessCalendar standard(WorkingHours hours) {
        return BusinessCalendar.of(ZONE, Objects.requireNonNull(hours, "hours"), DAYS);
    }

    /**
     * Like {@link #standard}, with the pre-holiday day one hour shorter, as the Labour Code requires and as the
     * Ministry of Labour counts its norms: the eve of a public holiday loses its last hour if it is a working day of
     * this calendar (a Friday before a Saturday holiday, a six-day week's Saturday before a Sunday one); if the eve
     * is a transferred day off, the Saturday its work moved to is the shortened one (26 April 2025 for Радуница on
     * the 29th). Meant for office-type hours; a round-the-clock line should use {@link #standard}.
     */
    public static BusinessCalendar shortenedBeforeHolidays(WorkingHours hours) {
        BusinessCalendar calendar = standard(hours);
        Map<LocalDate, CalendarDay> shortened = new TreeMap<>();
        for (CalendarDay holiday : DAYS) {
            if (holiday.kind() != CalendarDay.Kind.HOLIDAY) {
                continue;
            }
            LocalDate eve = holiday.date().minusDays(1);
            LocalDate shortDay = calendar.isWorkingDay(eve) ? eve
                    : calendar.exception(eve).filter(day -> day.kind() == CalendarDay.Kind.DAY_OFF)
                            .map(day -> WORK_MOVED_FROM.get(eve)).orElse(null);
            if (shortDay != null && calendar.isWorkingDay(shortDay)) {
                String name = calendar.exception(shortDay).map(day -> day.name() + "; ").orElse("") + PRE_HOLIDAY;
                List<Interval> left = withoutLastHour(calendar.hoursOn(shortDay));
                shortened.putIfAbsent(shortDay, left.isEmpty() ? CalendarDay.dayOff(shortDay, name)
                        : new CalendarDay(shortDay, CalendarDay.Kind.WORKING_DAY, name, left));
            }
        }
        return calendar.withExceptions(shortened.values());
    }

    /** Transferred working days by the date whose work they take, read from their names ("... с 28.04.2025"). */
    private static Map<LocalDate, LocalDate> workMovedFrom(List<CalendarDay> days) {
        Map<LocalDate, LocalDate> moved = new TreeMap<>();
        for (CalendarDay day : days) {
            Matcher from = TRANSFERRED_FROM.matcher(day.name());
            if (day.isWorking() && from.find()) {
                moved.put(LocalDate.parse(from.group(1), DateTimeFormatter.ofPattern("dd.MM.uuuu")), day.date());
            }
        }
        return moved;
    }

    private static List<Interval> withoutLastHour(List<Interval> intervals) {
        List<Interval> left = new ArrayList<>(intervals);
        int minutes = 60;
        while (minutes > 0 && !left.isEmpty()) {
            Interval last = left.remove(left.size() - 1);
            int length = last.endMinute() - last.startMinute();
            if (length > minutes) {
                left.add(new Interval(last.startMinute(), last.endMinute() - minutes));
            }
            minutes -= Math.min(minutes, length);
        }
        return left;
    }

    /** Holidays, days off and working days of the table, in date order. */
    public static List<CalendarDay> days() {
        return DAYS;
    }

    /**
     * The public holidays of a year by the rules of Указ №157 as amended (2 January since 2020), without
     * transfers, which only a yearly decree fixes. Useful to draft the table of a new year.
     */
    public static List<CalendarDay> publicHolidays(int year) {
        return List.of(
                CalendarDay.holiday(LocalDate.of(year, 1, 1), "Новый год"),
                CalendarDay.holiday(LocalDate.of(year, 1, 2), "Новый год"),
                CalendarDay.holiday(LocalDate.of(year, 1, 7), "Рождество Христово (православное)"),
                CalendarDay.holiday(LocalDate.of(year, 3, 8), "День женщин"),
                CalendarDay.holiday(radunitsa(year), "Радуница"),
                CalendarDay.holiday(LocalDate.of(year, 5, 1), "Праздник труда"),
                CalendarDay.holiday(LocalDate.of(year, 5, 9), "День Победы"),
                CalendarDay.holiday(LocalDate.of(year, 7, 3), "День Независимости Республики Беларусь (День Республики)"),
                CalendarDay.holiday(LocalDate.of(year, 11, 7), "День Октябрьской революции"),
                CalendarDay.holiday(LocalDate.of(year, 12, 25), "Рождество Христово (католическое)"))
                .stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    /** Радуница: the Tuesday nine days after Orthodox Easter. */
    public static LocalDate radunitsa(int year) {
        return orthodoxEaster(year).plusDays(9);
    }

    /**
     * Orthodox Easter as a Gregorian date (Meeus' Julian algorithm plus the 13-day calendar difference, valid
     * 1900–2099).
     */
    public static LocalDate orthodoxEaster(int year) {
        if (year < 1900 || year > 2099) {
            throw new IllegalArgumentException("Orthodox Easter is computed for 1900-2099, not " + year);
        }
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        return LocalDate.of(year, month, day).plusDays(13);
    }

    private static List<CalendarDay> load() {
        try (InputStream in = BelarusCalendars.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return BusinessCalendars.parseCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
