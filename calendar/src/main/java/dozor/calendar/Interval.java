package dozor.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A half-open span {@code [start, end)} of local wall-clock time within one day, in whole minutes of the day:
 * {@code startMinute} is 0..1439, {@code endMinute} is 1..1440 and after the start, where 1440 means 24:00, the end
 * of the day. Written (and serialised to JSON) as {@code "09:00-13:00"}; {@code "22:00-24:00"} ends at midnight.
 *
 * <p>Minutes are enough for schedules; the arithmetic on instants is exact to the nanosecond regardless.
 */
public record Interval(int startMinute, int endMinute) {

    public static final int MINUTES_PER_DAY = 24 * 60;

    /** 00:00-24:00. */
    public static final Interval WHOLE_DAY = new Interval(0, MINUTES_PER_DAY);

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*[-–—]\\s*(\\d{1,2}):(\\d{2})\\s*");

    public Interval {
        if (startMinute < 0 || startMinute >= MINUTES_PER_DAY) {
            throw new IllegalArgumentException("an interval must start between 00:00 and 23:59, not at "
                    + clock(startMinute));
        }
        if (endMinute > MINUTES_PER_DAY) {
            throw new IllegalArgumentException("an interval must end at 24:00 at the latest, not at " + clock(endMinute));
        }
        if (endMinute <= startMinute) {
            throw new IllegalArgumentException("interval " + clock(startMinute) + "-" + clock(endMinute)
                    + " is empty or reversed: its end must be after its start (write 24:00 for midnight at the end)");
        }
    }

    /**
     * An interval of two local times in whole minutes. An end of {@link LocalTime#MIDNIGHT} or {@link LocalTime#MAX}
     * means 24:00.
     */
    public static Interval of(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        int endMinute = end.equals(LocalTime.MIDNIGHT) || end.equals(LocalTime.MAX) ? MINUTES_PER_DAY : minuteOf(end);
        return new Interval(minuteOf(start), endMinute);
    }

    /** An interval of two clock readings such as {@code of("09:00", "13:00")}; {@code "24:00"} ends at midnight. */
    public static Interval of(String start, String end) {
        return parse(start + "-" + end);
    }

    /** Reads {@code "09:00-13:00"} (the form {@link #toString()} writes; an en dash is accepted too). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Interval parse(String text) {
        Matcher m = TEXT.matcher(Objects.requireNonNull(text, "text"));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an interval like 09:00-13:00");
        }
        return new Interval(minute(m.group(1), m.group(2), text), minute(m.group(3), m.group(4), text));
    }

    /** The local time it starts at. */
    public LocalTime start() {
        return LocalTime.of(startMinute / 60, startMinute % 60);
    }

    /** Whether it ends at 24:00, the end of the day, which a {@link LocalTime} cannot express. */
    public boolean endsAtMidnight() {
        return endMinute == MINUTES_PER_DAY;
    }

    /** Its length on a day without a clock change. */
    public Duration length() {
        return Duration.ofMinutes(endMinute - startMinute);
    }

    boolean overlaps(Interval other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    @JsonValue
    @Override
    public String toString() {
        return clock(startMinute) + "-" + clock(endMinute);
    }

    private static int minuteOf(LocalTime time) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("working hours are in whole minutes, not " + time);
        }
        return time.getHour() * 60 + time.getMinute();
    }

    private static int minute(String hours, String minutes, String text) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (m > 59 || h > 24 || (h == 24 && m != 0)) {
            throw new IllegalArgumentException("'" + text + "' has a time that is not on a clock (00:00..24:00)");
        }
        return h * 60 + m;
    }

    static String clock(int minute) {
        return String.format("%02d:%02d", Math.floorDiv(minute, 60), Math.floorMod(minute, 60));
    }
}
