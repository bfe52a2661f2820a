package dozor.logistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code ops.swap}: swap-pool units out with customers while their own units are repaired. */
@Repository
public class SwapRows {

    private final JdbcClient jdbc;

    SwapRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(UUID id, UUID requestId, UUID swapItemId, String swapSerial, UUID poolWarehouseId,
            UUID customerItemId, String customerSerial, UUID repairWarehouseId, String address, String recipient,
            UUID replacementId, UUID pickupId, UUID repairedId, UUID poolReturnId, String status, String openedBy,
            Instant openedAt, Instant closedAt) {
    }

    public void insert(Row r) {
        jdbc.sql("""
                INSERT INTO ops.swap (id, request_id, swap_item_id, swap_serial, pool_warehouse_id, customer_item_id,
                    customer_serial, repair_warehouse_id, address, recipient, replacement_id, pickup_id, status,
                    opened_by, opened_at)
                VALUES (:id, :request, :swapItem, :swapSerial, :pool, :customerItem, :customerSerial, :repair,
                    :address, :recipient, :replacement, :pickup, 'OPEN', :by, :at)
                """).param("id", r.id()).param("request", r.requestId()).param("swapItem", r.swapItemId())
                .param("swapSerial", r.swapSerial()).param("pool", r.poolWarehouseId())
                .param("customerItem", r.customerItemId()).param("customerSerial", r.customerSerial())
                .param("repair", r.repairWarehouseId()).param("address", r.address())
                .param("recipient", r.recipient()).param("replacement", r.replacementId())
                .param("pickup", r.pickupId()).param("by", r.openedBy()).param("at", Timestamp.from(r.openedAt()))
                .update();
    }

    public void returns(UUID id, UUID repairedId, UUID poolReturnId) {
        jdbc.sql("UPDATE ops.swap SET repaired_id = :r, pool_return_id = :p WHERE id = :id").param("r", repairedId)
                .param("p", poolReturnId).param("id", id).update();
    }

    public Optional<Row> lock(UUID id) {
        return jdbc.sql("SELECT * FROM ops.swap WHERE id = :id FOR UPDATE").param("id", id).query(SwapRows::map)
                .optional();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT * FROM ops.swap WHERE id = :id").param("id", id).query(SwapRows::map).optional();
    }

    public List<Row> find(String status, int limit) {
        return jdbc.sql("""
                SELECT * FROM ops.swap WHERE (CAST(:status AS text) IS NULL OR status = :status)
                ORDER BY opened_at LIMIT :limit
                """).param("status", status).param("limit", limit).query(SwapRows::map).list();
    }

    /**
     * Closes the swap once the repaired unit has left for the customer and the swap unit is back in the pool;
     * whether it did.
     */
    public boolean closeIfDone(UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE ops.swap w SET status = 'CLOSED', closed_at = :now
                WHERE w.id = :id AND w.status = 'OPEN'
                  AND EXISTS (SELECT 1 FROM ops.shipment r WHERE r.id = w.repaired_id AND r.dispatched_at IS NOT NULL
                              AND r.status IN ('DISPATCHED', 'IN_TRANSIT', 'DELIVERED'))
                  AND EXISTS (SELECT 1 FROM ops.shipment p WHERE p.id = w.pool_return_id AND p.received_at IS NOT NULL)
                """).param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                rs.getObject("swap_item_id", UUID.class), rs.getString("swap_serial"),
                rs.getObject("pool_warehouse_id", UUID.class), rs.getObject("customer_item_id", UUID.class),
                rs.getString("customer_serial"), rs.getObject("repair_warehouse_id", UUID.class),
                rs.getString("address"), rs.getString("recipient"), rs.getObject("replacement_id", UUID.class),
                rs.getObject("pickup_id", UUID.class), rs.getObject("repaired_id", UUID.class),
                rs.getObject("pool_return_id", UUID.class), rs.getString("status"), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant());
    }
}
