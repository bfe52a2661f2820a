package dozor.procurement.plan.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.stock.AbcClass;
import dozor.stock.UnitOfMeasure;

/**
 * What the plan reads, never writes: consumption from the stock ledger, the position from the balance, transfers and
 * open demand, and what is already requested or ordered from purchasing (V43) — open request lines not yet ordered
 * plus ordered − received of open order lines, whatever their origin (a plan proposal, a reservation's shortfall or a
 * buyer's own), so the same need is never proposed twice.
 */
@Repository
public class PlanData {

    /** Outgoing movements that are consumption; transfers only move stock between our warehouses. */
    static final String CONSUMPTION = "('ISSUE_TO_WORK', 'SHIPMENT', 'WRITE_OFF')";

    static final String OPEN_REQUEST = "('DRAFT', 'SUBMITTED', 'APPROVED')";

    static final String OPEN_ORDER = "('DRAFT', 'SENT', 'PARTIALLY_RECEIVED')";

    private final JdbcClient jdbc;

    PlanData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An item at a warehouse with the parts of its position. */
    public record Position(UUID itemId, String sku, String name, UnitOfMeasure unit, AbcClass abcClass,
            UUID preferredSupplierId, BigDecimal onHand, BigDecimal reserved, BigDecimal onOrder,
            BigDecimal inTransit, BigDecimal shortfalls) {
    }

    public boolean warehouseExists(UUID warehouseId) {
        return jdbc.sql("SELECT count(*) FROM ops.stock_warehouse WHERE id = :w").param("w", warehouseId)
                .query(Long.class).single() > 0;
    }

    public boolean itemExists(UUID itemId) {
        return jdbc.sql("SELECT count(*) FROM ops.stock_item WHERE id = :i").param("i", itemId).query(Long.class)
                .single() > 0;
    }

    public List<UUID> warehouses() {
        return jdbc.sql("SELECT id FROM ops.stock_warehouse ORDER BY code").query(UUID.class).list();
    }

    /**
     * Every item the warehouse has to do with — a balance, consumption since {@code from}, open demand, something
     * requested, ordered or in transit — or just {@code onlyItem} if given.
     */
    public List<Position> positions(UUID warehouseId, UUID onlyItem, Instant from) {
        return jdbc.sql("""
                WITH ids AS (
                    SELECT item_id FROM ops.stock_balance WHERE warehouse_id = :w
                    UNION SELECT item_id FROM ops.stock_movement WHERE warehouse_id = :w AND at >= :from
                                 AND kind IN %s
                    UNION SELECT item_id FROM ops.stock_demand WHERE warehouse_id = :w AND status = 'OPEN'
                    UNION SELECT l.item_id FROM ops.purchase_request_line l
                                 JOIN ops.purchase_request r ON r.id = l.request_id
                                WHERE r.warehouse_id = :w AND r.status IN %s
                    UNION SELECT ol.item_id FROM ops.purchase_order_line ol
                                 JOIN ops.purchase_order o ON o.id = ol.order_id
                                WHERE ol.warehouse_id = :w AND o.status IN %s
                    UNION SELECT item_id FROM ops.stock_transfer WHERE to_warehouse_id = :w AND status = 'IN_TRANSIT'
                )
                SELECT i.id, i.sku, i.name, i.unit, i.abc_class, i.supplier_id,
                       coalesce(b.on_hand, 0) AS on_hand, coalesce(b.reserved, 0) AS reserved,
                       (SELECT coalesce(sum(greatest(l.quantity - l.ordered_qty, 0)), 0)
                          FROM ops.purchase_request_line l JOIN ops.purchase_request r ON r.id = l.request_id
                         WHERE l.item_id = i.id AND r.warehouse_id = :w AND r.status IN %s)
                     + (SELECT coalesce(sum(greatest(ol.quantity - ol.received_qty, 0)), 0)
                          FROM ops.purchase_order_line ol JOIN ops.purchase_order o ON o.id = ol.order_id
                         WHERE ol.item_id = i.id AND ol.warehouse_id = :w AND o.status IN %s) AS on_order,
                       (SELECT coalesce(sum(t.quantity), 0) FROM ops.stock_transfer t
                         WHERE t.item_id = i.id AND t.to_warehouse_id = :w AND t.status = 'IN_TRANSIT') AS in_transit,
                       (SELECT coalesce(sum(d.quantity), 0) FROM ops.stock_demand d
                         WHERE d.item_id = i.id AND d.warehouse_id = :w AND d.status = 'OPEN') AS shortfalls
                  FROM ops.stock_item i
                  LEFT JOIN ops.stock_balance b ON b.item_id = i.id AND b.warehouse_id = :w
                 WHERE (CAST(:only AS uuid) IS NULL AND i.id IN (SELECT item_id FROM ids)) OR i.id = :only
                 ORDER BY i.sku
                """.formatted(CONSUMPTION, OPEN_REQUEST, OPEN_ORDER, OPEN_REQUEST, OPEN_ORDER))
                .param("w", warehouseId).param("only", onlyItem).param("from", Timestamp.from(from))
                .query((rs, row) -> {
                    String abc = rs.getString("abc_class");
                    return new Position(rs.getObject("id", UUID.class), rs.getString("sku"), rs.getString("name"),
                            UnitOfMeasure.valueOf(rs.getString("unit")), abc == null ? null : AbcClass.valueOf(abc),
                            rs.getObject("supplier_id", UUID.class), rs.getBigDecimal("on_hand"),
                            rs.getBigDecimal("reserved"), rs.getBigDecimal("on_order"),
                            rs.getBigDecimal("in_transit"), rs.getBigDecimal("shortfalls"));
                }).list();
    }

    /**
     * Consumption per item and week (Monday, Europe/Minsk) in {@code [from, to)}, as positive quantities; weeks
     * without consumption are absent.
     */
    public Map<UUID, Map<LocalDate, BigDecimal>> weeklyConsumption(UUID warehouseId, UUID onlyItem, Instant from,
            Instant to) {
        Map<UUID, Map<LocalDate, BigDecimal>> result = new HashMap<>();
        jdbc.sql("""
                SELECT item_id, CAST(date_trunc('week', at AT TIME ZONE 'Europe/Minsk') AS date) AS week,
                       sum(abs(quantity)) AS consumed
                  FROM ops.stock_movement
                 WHERE (CAST(:w AS uuid) IS NULL OR warehouse_id = :w) AND kind IN %s AND at >= :from AND at < :to
                   AND (CAST(:only AS uuid) IS NULL OR item_id = :only)
                 GROUP BY 1, 2
                """.formatted(CONSUMPTION)).param("w", warehouseId).param("only", onlyItem)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new HashMap<>())
                            .put(rs.getDate("week").toLocalDate(), rs.getBigDecimal("consumed"));
                });
        return result;
    }
}
