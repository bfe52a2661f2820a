package dozor.ingest.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import dozor.shared.Minsk;

/**
 * When a migrated request was registered, as files write it: ISO ({@code 2025-03-01T10:15:00Z}, with an offset, or
 * local), {@code 2025-03-01 10:15[:00]}, {@code 01.03.2025 10:15[:00]}, or a date alone (the start of that day).
 * Times without an offset are Minsk time.
 */
final class RegisteredAt {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss]"), DateTimeFormatter.ofPattern("dd.MM.yyyy H:mm[:ss]"));

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    private RegisteredAt() {
    }

    static Optional<Instant> parse(String text) {
        String s = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        }
        catch (DateTimeParseException ignored) {
            // not with an offset
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(s, format).atZone(Minsk.ZONE).toInstant());
            }
            catch (DateTimeParseException ignored) {
                // next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, format).atStartOfDay(Minsk.ZONE).toInstant());
            }
            catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return Optional.empty();
    }
}
