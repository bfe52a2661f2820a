package dozor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class BelarusCalendarsTests {

    static final List<CalendarDay> DAYS = BelarusCalendars.days();

    @Test
    void orthodoxEasterAndRadunitsaFallOnTheKnownDates() {
        assertThat(BelarusCalendars.orthodoxEaster(2021)).isEqualTo(LocalDate.of(2021, 5, 2));
        assertThat(BelarusCalendars.orthodoxEaster(2024)).isEqualTo(LocalDate.of(2024, 5, 5));
        assertThat(BelarusCalendars.orthodoxEaster(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(BelarusCalendars.orthodoxEaster(2026)).isEqualTo(LocalDate.of(2026, 4, 12));
        assertThat(BelarusCalendars.orthodoxEaster(2027)).isEqualTo(LocalDate.of(2027, 5, 2));
        assertThat(BelarusCalendars.radunitsa(2025)).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(BelarusCalendars.radunitsa(2026)).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(BelarusCalendars.radunitsa(2027)).isEqualTo(LocalDate.of(2027, 5, 11));
        for (int year = 2000; year <= 2099; year++) {
            assertThat(BelarusCalendars.radunitsa(year).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        }
    }

    @Test
    void theTableHasExactlyTheStatutoryHolidaysOfEachYear() {
        for (int year = BelarusCalendars.FIRST_YEAR; year <= BelarusCalendars.LAST_YEAR; year++) {
            int y = year;
            List<CalendarDay> holidays = DAYS.stream()
                    .filter(d -> d.date().getYear() == y && d.kind() == CalendarDay.Kind.HOLIDAY).toList();
            assertThat(holidays).as("holidays of %d", year).isEqualTo(BelarusCalendars.publicHolidays(year));
        }
    }

    @Test
    void everyTransferMovesAWeekdayOffToASaturdayOfTheSameYear() {
        Map<Integer, List<CalendarDay>> byYear = DAYS.stream().filter(d -> d.kind() != CalendarDay.Kind.HOLIDAY)
                .collect(Collectors.groupingBy(d -> d.date().getYear()));
        assertThat(byYear.keySet()).containsExactlyInAnyOrder(2025, 2026, 2027);
        byYear.forEach((year, transfers) -> {
            List<CalendarDay> daysOff = transfers.stream().filter(d -> d.kind() == CalendarDay.Kind.DAY_OFF).toList();
            List<CalendarDay> working = transfers.stream().filter(CalendarDay::isWorking).toList();
            assertThat(daysOff).as("%d", year).hasSameSizeAs(working);
            assertThat(daysOff).allSatisfy(d -> assertThat(d.date().getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
            assertThat(working).allSatisfy(d -> assertThat(d.date().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY));
            assertThat(working).allSatisfy(d -> assertThat(d.hours()).as("standard hours").isEmpty());
            assertThat(working).allSatisfy(d -> assertThat(d.name()).startsWith("Перенос рабочего дня с "));
        });
        assertThat(byYear.get(2025)).extracting(CalendarDay::date).containsExactly(LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 1, 11), LocalDate.of(2025, 4, 26), LocalDate.of(2025, 4, 28), LocalDate.of(2025, 7, 4),
                LocalDate.of(2025, 7, 12), LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 26));
        assertThat(byYear.get(2026)).extracting(CalendarDay::date)
                .containsExactly(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 25));
    }

    @Test
    void onlyThe2027TransfersAreUnconfirmed() throws IOException {
        List<String> unconfirmed;
        try (InputStream in = BelarusCalendars.class.getResourceAsStream(BelarusCalendars.RESOURCE)) {
            unconfirmed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("20") && line.contains("[UNCONFIRMED]")).map(line -> line.substring(0, 10)).toList();
        }

        assertThat(unconfirmed).containsExactly("2027-01-08", "2027-01-16", "2027-05-10", "2027-05-15");
    }

    @Test
    void eachTransferNamesItsPairAndThePairIsThere() {
        java.time.format.DateTimeFormatter russian = java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu");
        Map<LocalDate, CalendarDay> byDate = DAYS.stream().collect(Collectors.toMap(CalendarDay::date, d -> d));
        for (CalendarDay day : DAYS) {
            if (day.kind() == CalendarDay.Kind.HOLIDAY) {
                continue;
            }
            LocalDate pair = LocalDate.parse(day.name().substring(day.name().length() - 10), russian);
            CalendarDay.Kind expected = day.isWorking() ? CalendarDay.Kind.DAY_OFF : CalendarDay.Kind.WORKING_DAY;
            assertThat(byDate.get(pair)).as("pair of %s", day).extracting(CalendarDay::kind).isEqualTo(expected);
            assertThat(byDate.get(pair).name()).endsWith(day.date().format(russian));
        }
    }

    @Test
    void shortenedPreHolidayDaysGiveTheMinistryOfLabourNorms() {
        // Минтруда: 2026 норма 2024 h for a five-day week of 8 h days and 7 h pre-holiday days (постановление №95
        // of 16.09.2025); March 2026 176 h (8 March is a Sunday: no short Friday) and 173 h for a six-day week
        // (Saturday 7 March is short); April 2025 166 h with 26 April (work of Monday 28 April) and 30 April short.
        WorkingHours office = WorkingHours.weekdays(Interval.parse("09:00-13:00"), Interval.parse("14:00-18:00"));
        WorkingHours sixDays = WorkingHours.weekdays(Interval.parse("09:00-13:00"), Interval.parse("14:00-17:00"))
                .with(DayOfWeek.SATURDAY, Interval.parse("09:00-14:00"));
        BusinessCalendar fiveDay = BelarusCalendars.shortenedBeforeHolidays(office);
        BusinessCalendar sixDay = BelarusCalendars.shortenedBeforeHolidays(sixDays);

        assertThat(fiveDay.workingTimeBetween(minsk("2026-01-01T00:00"), minsk("2027-01-01T00:00"))).isEqualTo(Duration.ofHours(2024));
        assertThat(fiveDay.workingTimeBetween(minsk("2026-03-01T00:00"), minsk("2026-04-01T00:00"))).isEqualTo(Duration.ofHours(176));
        assertThat(sixDay.workingTimeBetween(minsk("2026-03-01T00:00"), minsk("2026-04-01T00:00"))).isEqualTo(Duration.ofHours(173));
        assertThat(fiveDay.workingTimeBetween(minsk("2025-04-01T00:00"), minsk("2025-05-01T00:00"))).isEqualTo(Duration.ofHours(166));
        assertThat(fiveDay.hoursOn(LocalDate.of(2026, 1, 6))).containsExactly(Interval.parse("09:00-13:00"),
                Interval.parse("14:00-17:00"));
        assertThat(fiveDay.exception(LocalDate.of(2026, 4, 25))).map(CalendarDay::name)
                .contains("Перенос рабочего дня с 20.04.2026; Предпраздничный день (на час короче)");
        assertThat(fiveDay.exception(LocalDate.of(2025, 12, 31))).map(CalendarDay::name)
                .contains("Предпраздничный день (на час короче)");
    }

    @Test
    void theStandardCalendarIsInMinskWithTheWholeTable() {
        BusinessCalendar calendar = BelarusCalendars.standard(WorkingHours.weekdays(Interval.parse("09:00-18:00")));

        assertThat(calendar.zone()).isEqualTo(BusinessCalendar.DEFAULT_ZONE);
        assertThat(calendar.exceptions().values()).containsExactlyElementsOf(DAYS);
        assertThat(DAYS).hasSize(44);
    }

    static java.time.Instant minsk(String local) {
        return LocalDateTime.parse(local).atZone(BelarusCalendars.ZONE).toInstant();
    }
}
