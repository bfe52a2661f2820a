package dozor.requests.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dozor.requests.DuplicateRate;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The duplicate rate over a window of registration days; also the gauge {@code dozor.requests.duplicate.percent}. */
@Component
public class DuplicateStatistics {

    private final JdbcClient jdbc;

    private final Clock clock;

    DuplicateStatistics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("dozor.requests.duplicate.percent", this, s -> s.rate(30).percent().doubleValue())
                .description("Requests merged as duplicates among those registered in the last 30 days, percent")
                .register(meters);
    }

    @Transactional(readOnly = true)
    public DuplicateRate rate(int days) {
        return jdbc.sql("""
                SELECT count(*),
                       count(*) FILTER (WHERE duplicate_state IS NOT NULL),
                       count(*) FILTER (WHERE duplicate_state = 'MERGED'),
                       count(*) FILTER (WHERE duplicate_state = 'DISMISSED'),
                       count(*) FILTER (WHERE duplicate_state = 'SUSPECTED')
                  FROM ops.service_request WHERE registered_at >= :since
                """).param("since", Timestamp.from(clock.instant().minus(Duration.ofDays(days))))
                .query((rs, i) -> DuplicateRate.of(days, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .single();
    }
}
