package dozor.procurement.purchasing.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.procurement.purchasing.LateLine;

/** Read models over orders: late lines and the figures of supplier performance. */
@Repository
public class Reports {

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open lines of sent orders past their expected date on {@code today}, latest first. */
    public List<LateLine> late(LocalDate today, boolean unnotifiedOnly, int limit) {
        return jdbc.sql("""
                SELECT o.id AS order_id, o.number, l.id AS line_id, o.supplier_id, s.name AS supplier_name,
                       l.item_id, l.warehouse_id, l.quantity, l.received_qty, l.expected_date
                  FROM ops.purchase_order_line l
                  JOIN ops.purchase_order o ON o.id = l.order_id
                  JOIN ops.supplier s ON s.id = o.supplier_id
                 WHERE o.status IN ('SENT', 'PARTIALLY_RECEIVED') AND l.received_qty < l.quantity
                   AND l.expected_date < :today
                   AND (NOT :unnotified OR l.late_notified_at IS NULL)
                 ORDER BY l.expected_date, o.number, l.id LIMIT :limit""").param("today", Date.valueOf(today))
                .param("unnotified", unnotifiedOnly).param("limit", limit).query((rs, row) -> {
                    LocalDate expected = rs.getDate("expected_date").toLocalDate();
                    BigDecimal quantity = rs.getBigDecimal("quantity");
                    BigDecimal received = rs.getBigDecimal("received_qty");
                    return new LateLine(rs.getObject("order_id", UUID.class), rs.getString("number"),
                            rs.getObject("line_id", UUID.class), rs.getObject("supplier_id", UUID.class),
                            rs.getString("supplier_name"), rs.getObject("item_id", UUID.class),
                            rs.getObject("warehouse_id", UUID.class), quantity, received, quantity.subtract(received),
                            expected, today.toEpochDay() - expected.toEpochDay());
                }).list();
    }

    public void notified(UUID lineId, Instant at) {
        jdbc.sql("UPDATE ops.purchase_order_line SET late_notified_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", lineId).update();
    }

    /** A line that counts for on-time delivery: completed in the period, or due in it and still open. */
    public record TimedLine(UUID supplierId, String supplierName, LocalDate expected, Instant completedAt) {
    }

    public List<TimedLine> timedLines(LocalDate from, LocalDate today, Instant since) {
        return jdbc.sql("""
                SELECT o.supplier_id, s.name, l.expected_date, l.completed_at
                  FROM ops.purchase_order_line l
                  JOIN ops.purchase_order o ON o.id = l.order_id
                  JOIN ops.supplier s ON s.id = o.supplier_id
                 WHERE o.status <> 'CANCELLED' AND o.status <> 'DRAFT' AND l.expected_date IS NOT NULL
                   AND ((l.completed_at IS NOT NULL AND l.completed_at >= :since)
                     OR (l.completed_at IS NULL AND l.expected_date >= :from AND l.expected_date < :today))""")
                .param("since", Timestamp.from(since)).param("from", Date.valueOf(from))
                .param("today", Date.valueOf(today)).query((rs, row) -> {
                    Timestamp completed = rs.getTimestamp("completed_at");
                    return new TimedLine(rs.getObject("supplier_id", UUID.class), rs.getString("name"),
                            rs.getDate("expected_date").toLocalDate(), completed == null ? null : completed.toInstant());
                }).list();
    }

    /** Per supplier: received and rejected in deliveries since {@code since}, accepted stock returned since then. */
    public record Quality(UUID supplierId, String supplierName, BigDecimal received, BigDecimal rejected,
            BigDecimal returned) {
    }

    public List<Quality> quality(Instant since) {
        return jdbc.sql("""
                WITH r AS (
                    SELECT o.supplier_id, sum(p.received_qty) AS received, sum(p.rejected_qty) AS rejected
                      FROM ops.purchase_receipt p
                      JOIN ops.purchase_order_line l ON l.id = p.order_line_id
                      JOIN ops.purchase_order o ON o.id = l.order_id
                     WHERE p.received_at >= :since GROUP BY o.supplier_id),
                ret AS (
                    SELECT o.supplier_id, sum(x.quantity) AS returned
                      FROM ops.purchase_return x
                      JOIN ops.purchase_order_line l ON l.id = x.order_line_id
                      JOIN ops.purchase_order o ON o.id = l.order_id
                     WHERE x.source = 'ACCEPTED' AND x.returned_at >= :since GROUP BY o.supplier_id)
                SELECT s.id, s.name, COALESCE(r.received, 0) AS received, COALESCE(r.rejected, 0) AS rejected,
                       COALESCE(ret.returned, 0) AS returned
                  FROM ops.supplier s
                  LEFT JOIN r ON r.supplier_id = s.id
                  LEFT JOIN ret ON ret.supplier_id = s.id
                 WHERE r.supplier_id IS NOT NULL OR ret.supplier_id IS NOT NULL""")
                .param("since", Timestamp.from(since))
                .query((rs, row) -> new Quality(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getBigDecimal("received"), rs.getBigDecimal("rejected"), rs.getBigDecimal("returned")))
                .list();
    }
}
