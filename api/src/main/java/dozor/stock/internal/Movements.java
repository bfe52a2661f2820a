package dozor.stock.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.stock.MovementKind;
import dozor.stock.MovementView;

/** Table {@code ops.stock_movement}: the append-only ledger (a trigger refuses updates and deletes). */
@Repository
public class Movements {

    private final JdbcClient jdbc;

    Movements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends a line and returns it with its sequence number. */
    public MovementView append(MovementView m) {
        long seq = jdbc.sql("""
                INSERT INTO ops.stock_movement (id, item_id, warehouse_id, kind, quantity, unit_cost, on_hand_after,
                    average_cost_after, serial, request_id, task_id, transfer_id, reason, actor, at)
                VALUES (:id, :item, :warehouse, :kind, :quantity, :cost, :onHand, :average, :serial, :request, :task,
                    :transfer, :reason, :actor, :at)
                RETURNING seq
                """).param("id", m.id()).param("item", m.itemId()).param("warehouse", m.warehouseId())
                .param("kind", m.kind().name()).param("quantity", m.quantity()).param("cost", m.unitCost())
                .param("onHand", m.onHandAfter()).param("average", m.averageCostAfter()).param("serial", m.serial())
                .param("request", m.requestId()).param("task", m.taskId()).param("transfer", m.transferId())
                .param("reason", m.reason()).param("actor", m.actor()).param("at", Timestamp.from(m.at()))
                .query(Long.class).single();
        return new MovementView(m.id(), seq, m.itemId(), m.warehouseId(), m.kind(), m.quantity(), m.unitCost(),
                m.onHandAfter(), m.averageCostAfter(), m.serial(), m.requestId(), m.taskId(), m.transferId(),
                m.reason(), m.actor(), m.at());
    }

    /**
     * Appends lines in one multi-row INSERT, in the given order: the identity gives each row its {@code seq} in the
     * order of the VALUES, so the lines of one item and warehouse keep the order they were posted in.
     */
    public List<MovementView> appendAll(List<MovementView> lines) {
        List<Object[]> rows = lines.stream().map(m -> new Object[] { m.id(), m.itemId(), m.warehouseId(),
                m.kind().name(), m.quantity(), m.unitCost(), m.onHandAfter(), m.averageCostAfter(), m.serial(),
                m.requestId(), m.taskId(), m.transferId(), m.reason(), m.actor(), Timestamp.from(m.at()) }).toList();
        Map<UUID, Long> seqs = new HashMap<>();
        jdbc.sql("""
                INSERT INTO ops.stock_movement (id, item_id, warehouse_id, kind, quantity, unit_cost, on_hand_after,
                    average_cost_after, serial, request_id, task_id, transfer_id, reason, actor, at)
                VALUES :rows
                RETURNING id, seq
                """).param("rows", rows)
                .query(rs -> {
                    seqs.put(rs.getObject("id", UUID.class), rs.getLong("seq"));
                });
        return lines.stream().map(m -> new MovementView(m.id(), seqs.get(m.id()), m.itemId(), m.warehouseId(),
                m.kind(), m.quantity(), m.unitCost(), m.onHandAfter(), m.averageCostAfter(), m.serial(),
                m.requestId(), m.taskId(), m.transferId(), m.reason(), m.actor(), m.at())).toList();
    }

    /** An item's movements, newest first, in one warehouse or all. */
    public List<MovementView> ofItem(UUID itemId, UUID warehouseId, int limit) {
        return jdbc.sql("""
                SELECT * FROM ops.stock_movement
                 WHERE item_id = :item AND (CAST(:warehouse AS uuid) IS NULL OR warehouse_id = :warehouse)
                 ORDER BY seq DESC LIMIT :limit
                """).param("item", itemId).param("warehouse", warehouseId).param("limit", limit)
                .query(Movements::map).list();
    }

    /** The movements of one serial-tracked unit, oldest first. */
    public List<MovementView> ofSerial(UUID itemId, String serial) {
        return jdbc.sql("SELECT * FROM ops.stock_movement WHERE item_id = :item AND serial = :serial ORDER BY seq")
                .param("item", itemId).param("serial", serial).query(Movements::map).list();
    }

    public Optional<MovementView> lastOfSerial(UUID itemId, String serial) {
        return jdbc.sql("""
                SELECT * FROM ops.stock_movement WHERE item_id = :item AND serial = :serial ORDER BY seq DESC LIMIT 1
                """).param("item", itemId).param("serial", serial).query(Movements::map).optional();
    }

    static MovementView map(ResultSet rs, int row) throws SQLException {
        return new MovementView(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getObject("item_id", UUID.class),
                rs.getObject("warehouse_id", UUID.class), MovementKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_cost"), rs.getBigDecimal("on_hand_after"),
                rs.getBigDecimal("average_cost_after"), rs.getString("serial"), rs.getObject("request_id", UUID.class),
                rs.getObject("task_id", UUID.class), rs.getObject("transfer_id", UUID.class), rs.getString("reason"),
                rs.getString("actor"), rs.getTimestamp("at").toInstant());
    }
}
