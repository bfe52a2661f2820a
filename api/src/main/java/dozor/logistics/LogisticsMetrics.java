package dozor.logistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery figures over the shipments to customers delivered in the last {@code days} days: mean and p90 of the
 * time from dispatch to delivery (hours; p90 interpolated between neighbours, as PostgreSQL's
 * {@code percentile_cont}), and among those delivered shipments the share that came back (a customer return names
 * them) and the share that were re-shipments (they replace a failed or returned one).
 */
@Service
public class LogisticsMetrics {

    public record Figures(int days, UUID fromWarehouseId, long delivered, Double meanHours, Double p90Hours,
            long returned, Double returnShare, long reshipped, Double reshipmentShare) {
    }

    private final JdbcClient jdbc;

    private final Clock clock;

    LogisticsMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Figures figures(int days, UUID fromWarehouseId) {
        Instant since = clock.instant().minus(Duration.ofDays(days));
        return jdbc.sql("""
                WITH delivered AS (
                    SELECT s.id, s.replaces_id,
                           extract(epoch FROM s.delivered_at - s.dispatched_at) / 3600.0 AS hours,
                           EXISTS (SELECT 1 FROM ops.shipment r WHERE r.return_of_id = s.id
                                   AND r.status <> 'CANCELLED') AS returned
                    FROM ops.shipment s
                    WHERE s.kind IN ('REPAIRED_DEVICE', 'NEW_EQUIPMENT', 'SWAP_REPLACEMENT')
                      AND s.status = 'DELIVERED' AND s.delivered_at >= :since AND s.dispatched_at IS NOT NULL
                      AND (CAST(:wh AS uuid) IS NULL OR s.from_warehouse_id = :wh))
                SELECT count(*) AS delivered, CAST(avg(hours) AS float8) AS mean,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY CAST(hours AS float8)) AS p90,
                       count(*) FILTER (WHERE returned) AS returned,
                       count(*) FILTER (WHERE replaces_id IS NOT NULL) AS reshipped
                FROM delivered
                """).param("since", Timestamp.from(since)).param("wh", fromWarehouseId)
                .query((rs, n) -> {
                    long delivered = rs.getLong("delivered");
                    long returned = rs.getLong("returned");
                    long reshipped = rs.getLong("reshipped");
                    return new Figures(days, fromWarehouseId, delivered, round(rs.getObject("mean", Double.class)),
                            round(rs.getObject("p90", Double.class)), returned,
                            delivered == 0 ? null : round((double) returned / delivered), reshipped,
                            delivered == 0 ? null : round((double) reshipped / delivered));
                }).single();
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 1000) / 1000.0;
    }
}
