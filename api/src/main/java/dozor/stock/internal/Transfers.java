package dozor.stock.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.stock.TransferView;

/** Table {@code ops.stock_transfer}: what is in transit between warehouses. */
@Repository
public class Transfers {

    private final JdbcClient jdbc;

    Transfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TransferView t) {
        jdbc.sql("""
                INSERT INTO ops.stock_transfer (id, item_id, from_warehouse_id, to_warehouse_id, quantity, serial,
                    unit_cost, status, dispatched_at, dispatched_by)
                VALUES (:id, :item, :from, :to, :quantity, :serial, :cost, 'IN_TRANSIT', :at, :by)
                """).param("id", t.id()).param("item", t.itemId()).param("from", t.fromWarehouseId())
                .param("to", t.toWarehouseId()).param("quantity", t.quantity()).param("serial", t.serial())
                .param("cost", t.unitCost()).param("at", Timestamp.from(t.dispatchedAt()))
                .param("by", t.dispatchedBy()).update();
    }

    public Optional<TransferView> lock(UUID id) {
        return jdbc.sql("SELECT * FROM ops.stock_transfer WHERE id = :id FOR UPDATE").param("id", id)
                .query(Transfers::map).optional();
    }

    public void received(UUID id, String by, Instant at) {
        jdbc.sql("""
                UPDATE ops.stock_transfer SET status = 'RECEIVED', received_by = :by, received_at = :at WHERE id = :id
                """).param("id", id).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public List<TransferView> find(UUID warehouseId, String status, int limit) {
        return jdbc.sql("""
                SELECT * FROM ops.stock_transfer
                 WHERE (CAST(:warehouse AS uuid) IS NULL OR from_warehouse_id = :warehouse
                        OR to_warehouse_id = :warehouse)
                   AND (CAST(:status AS text) IS NULL OR status = :status)
                 ORDER BY dispatched_at DESC LIMIT :limit
                """).param("warehouse", warehouseId).param("status", status).param("limit", limit)
                .query(Transfers::map).list();
    }

    static TransferView map(ResultSet rs, int row) throws SQLException {
        Timestamp received = rs.getTimestamp("received_at");
        return new TransferView(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                rs.getObject("from_warehouse_id", UUID.class), rs.getObject("to_warehouse_id", UUID.class),
                rs.getBigDecimal("quantity"), rs.getString("serial"), rs.getBigDecimal("unit_cost"),
                rs.getString("status"), rs.getTimestamp("dispatched_at").toInstant(), rs.getString("dispatched_by"),
                received == null ? null : received.toInstant(), rs.getString("received_by"));
    }
}
