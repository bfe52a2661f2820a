package dozor.survey.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dozor.survey.Satisfaction;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * CSAT and NPS over a window of survey days, live from {@code ops.survey}; also the gauges
 * {@code dozor.survey.csat.percent} and {@code dozor.survey.nps} (last 30 days). The marts keep the daily history.
 */
@Component
public class SurveyStatistics {

    private final JdbcClient jdbc;

    private final Clock clock;

    SurveyStatistics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("dozor.survey.csat.percent", this, s -> orNaN(s.over(30).csatPercent()))
                .description("Share of CSAT answers of 4 or 5 in the last 30 days, percent").register(meters);
        Gauge.builder("dozor.survey.nps", this, s -> orNaN(s.over(30).nps()))
                .description("Net promoter score of the last 30 days").register(meters);
    }

    @Transactional(readOnly = true)
    public Satisfaction over(int days) {
        return jdbc.sql("""
                SELECT count(*),
                       count(answered_at),
                       count(csat),
                       coalesce(sum(csat), 0),
                       count(*) FILTER (WHERE csat >= 4),
                       count(*) FILTER (WHERE nps >= 9),
                       count(*) FILTER (WHERE nps BETWEEN 7 AND 8),
                       count(*) FILTER (WHERE nps <= 6)
                  FROM ops.survey WHERE created_at >= :since
                """).param("since", Timestamp.from(clock.instant().minus(Duration.ofDays(days))))
                .query((rs, i) -> Satisfaction.of(days, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .single();
    }

    private static double orNaN(java.math.BigDecimal value) {
        return value == null ? Double.NaN : value.doubleValue();
    }
}
