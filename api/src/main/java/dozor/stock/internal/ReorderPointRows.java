package dozor.stock.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.stock.ReorderPointSource;
import dozor.stock.ReorderPointView;

/** Table {@code ops.stock_reorder_point}: one threshold per item and warehouse. */
@Repository
public class ReorderPointRows {

    private final JdbcClient jdbc;

    ReorderPointRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The row, locked for the rest of the transaction, so two writers of one point queue. */
    public Optional<ReorderPointView> lock(UUID itemId, UUID warehouseId) {
        return jdbc.sql("""
                SELECT * FROM ops.stock_reorder_point WHERE item_id = :item AND warehouse_id = :warehouse FOR UPDATE
                """).param("item", itemId).param("warehouse", warehouseId).query(ReorderPointRows::map).optional();
    }

    public void put(ReorderPointView p) {
        jdbc.sql("""
                INSERT INTO ops.stock_reorder_point (item_id, warehouse_id, reorder_point, source, updated_by,
                    updated_at)
                VALUES (:item, :warehouse, :point, :source, :by, :at)
                ON CONFLICT (item_id, warehouse_id) DO UPDATE SET reorder_point = EXCLUDED.reorder_point,
                    source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
                """).param("item", p.itemId()).param("warehouse", p.warehouseId()).param("point", p.reorderPoint())
                .param("source", p.source().name()).param("by", p.updatedBy())
                .param("at", Timestamp.from(p.updatedAt())).update();
    }

    public List<ReorderPointView> find(UUID itemId, UUID warehouseId, int limit) {
        return jdbc.sql("""
                SELECT * FROM ops.stock_reorder_point
                 WHERE (CAST(:item AS uuid) IS NULL OR item_id = :item)
                   AND (CAST(:warehouse AS uuid) IS NULL OR warehouse_id = :warehouse)
                 ORDER BY warehouse_id, item_id LIMIT :limit
                """).param("item", itemId).param("warehouse", warehouseId).param("limit", limit)
                .query(ReorderPointRows::map).list();
    }

    static ReorderPointView map(ResultSet rs, int row) throws SQLException {
        return new ReorderPointView(rs.getObject("item_id", UUID.class), rs.getObject("warehouse_id", UUID.class),
                rs.getBigDecimal("reorder_point"), ReorderPointSource.valueOf(rs.getString("source")),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }
}
