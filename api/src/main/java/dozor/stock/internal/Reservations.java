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

import dozor.stock.DemandView;
import dozor.stock.ReservationView;

/** Tables {@code ops.stock_reservation} and {@code ops.stock_demand}. */
@Repository
public class Reservations {

    private final JdbcClient jdbc;

    Reservations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ReservationView r) {
        jdbc.sql("""
                INSERT INTO ops.stock_reservation (id, item_id, warehouse_id, quantity, request_id, task_id, status,
                    created_by, created_at)
                VALUES (:id, :item, :warehouse, :quantity, :request, :task, 'ACTIVE', :by, :at)
                """).param("id", r.id()).param("item", r.itemId()).param("warehouse", r.warehouseId())
                .param("quantity", r.quantity()).param("request", r.requestId()).param("task", r.taskId())
                .param("by", r.createdBy()).param("at", Timestamp.from(r.createdAt())).update();
    }

    public Optional<ReservationView> lock(UUID id) {
        return jdbc.sql("SELECT * FROM ops.stock_reservation WHERE id = :id FOR UPDATE").param("id", id)
                .query(Reservations::map).optional();
    }

    public void close(UUID id, String status, String by, Instant at) {
        jdbc.sql("""
                UPDATE ops.stock_reservation SET status = :status, closed_by = :by, closed_at = :at
                 WHERE id = :id AND status = 'ACTIVE'
                """).param("id", id).param("status", status).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public List<ReservationView> find(UUID requestId, UUID taskId, UUID itemId, String status, int limit) {
        return jdbc.sql("""
                SELECT * FROM ops.stock_reservation
                 WHERE (CAST(:request AS uuid) IS NULL OR request_id = :request)
                   AND (CAST(:task AS uuid) IS NULL OR task_id = :task)
                   AND (CAST(:item AS uuid) IS NULL OR item_id = :item)
                   AND (CAST(:status AS text) IS NULL OR status = :status)
                 ORDER BY created_at DESC LIMIT :limit
                """).param("request", requestId).param("task", taskId).param("item", itemId).param("status", status)
                .param("limit", limit).query(Reservations::map).list();
    }

    public void insertDemand(DemandView d) {
        jdbc.sql("""
                INSERT INTO ops.stock_demand (id, item_id, warehouse_id, quantity, request_id, task_id, status,
                    created_by, created_at)
                VALUES (:id, :item, :warehouse, :quantity, :request, :task, 'OPEN', :by, :at)
                """).param("id", d.id()).param("item", d.itemId()).param("warehouse", d.warehouseId())
                .param("quantity", d.quantity()).param("request", d.requestId()).param("task", d.taskId())
                .param("by", d.createdBy()).param("at", Timestamp.from(d.createdAt())).update();
    }

    public List<DemandView> demands(UUID itemId, String status, int limit) {
        return jdbc.sql("""
                SELECT * FROM ops.stock_demand
                 WHERE (CAST(:item AS uuid) IS NULL OR item_id = :item)
                   AND (CAST(:status AS text) IS NULL OR status = :status)
                 ORDER BY created_at DESC LIMIT :limit
                """).param("item", itemId).param("status", status).param("limit", limit)
                .query((rs, row) -> new DemandView(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                        rs.getObject("warehouse_id", UUID.class), rs.getBigDecimal("quantity"),
                        rs.getObject("request_id", UUID.class), rs.getObject("task_id", UUID.class),
                        rs.getString("status"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** One demand, its row locked until the transaction ends. */
    public Optional<DemandView> lockDemand(UUID id) {
        return jdbc.sql("SELECT * FROM ops.stock_demand WHERE id = :id FOR UPDATE").param("id", id)
                .query(Reservations::mapDemand).optional();
    }

    /** Shortfalls of a task still waiting to be bought. */
    public long openDemandsOfTask(UUID taskId) {
        return jdbc.sql("SELECT count(*) FROM ops.stock_demand WHERE task_id = :t AND status = 'OPEN'")
                .param("t", taskId).query(Long.class).single();
    }

    public void demandStatus(UUID id, String status) {
        jdbc.sql("UPDATE ops.stock_demand SET status = :status WHERE id = :id").param("status", status)
                .param("id", id).update();
    }

    static DemandView mapDemand(ResultSet rs, int row) throws SQLException {
        return new DemandView(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                rs.getObject("warehouse_id", UUID.class), rs.getBigDecimal("quantity"),
                rs.getObject("request_id", UUID.class), rs.getObject("task_id", UUID.class), rs.getString("status"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    static ReservationView map(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new ReservationView(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                rs.getObject("warehouse_id", UUID.class), rs.getBigDecimal("quantity"),
                rs.getObject("request_id", UUID.class), rs.getObject("task_id", UUID.class), rs.getString("status"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("closed_by"),
                closed == null ? null : closed.toInstant());
    }
}
