package dozor.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RegisteredAtTests {

    @Test
    void readsTheWaysFilesWriteATimeTakingMinskTimeWhenNoOffsetIsGiven() {
        Instant minsk = Instant.parse("2025-03-01T07:15:00Z"); // 10:15 in Minsk (UTC+3)
        assertThat(RegisteredAt.parse("2025-03-01T10:15")).contains(minsk);
        assertThat(RegisteredAt.parse("2025-03-01T10:15:00")).contains(minsk);
        assertThat(RegisteredAt.parse("2025-03-01 10:15")).contains(minsk);
        assertThat(RegisteredAt.parse(" 01.03.2025 10:15:00 ")).contains(minsk);
        assertThat(RegisteredAt.parse("01.03.2025 9:05")).contains(Instant.parse("2025-03-01T06:05:00Z"));
        assertThat(RegisteredAt.parse("2025-03-01T07:15:00Z")).contains(minsk);
        assertThat(RegisteredAt.parse("2025-03-01T08:15:00+01:00")).contains(minsk);
        assertThat(RegisteredAt.parse("01.03.2025")).contains(Instant.parse("2025-02-28T21:00:00Z"));
        assertThat(RegisteredAt.parse("2025-03-01")).contains(Instant.parse("2025-02-28T21:00:00Z"));
    }

    @Test
    void refusesWhatIsNoDate() {
        for (String s : new String[] { "32.13.2024 10:00", "вчера", "2025/03/01", "1.3.25", "" }) {
            assertThat(RegisteredAt.parse(s)).as(s).isEqualTo(Optional.empty());
        }
    }
}
