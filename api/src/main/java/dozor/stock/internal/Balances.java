package dozor.stock.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.stock.BalanceView;
import dozor.stock.StockException;

/**
 * Table {@code ops.stock_balance}: the running total of the ledger per item and warehouse. Every change locks the
 * row first, so two transactions that issue the last unit are serialised and the second one sees it gone.
 */
@Repository
public class Balances {

    private final JdbcClient jdbc;

    Balances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the row if this is the item's first movement in the warehouse, then locks it until commit. */
    public Balance lock(UUID itemId, UUID warehouseId) {
        jdbc.sql("""
                INSERT INTO ops.stock_balance (item_id, warehouse_id) VALUES (:item, :warehouse)
                ON CONFLICT DO NOTHING
                """).param("item", itemId).param("warehouse", warehouseId).update();
        return jdbc.sql("""
                SELECT on_hand, reserved, average_cost FROM ops.stock_balance
                 WHERE item_id = :item AND warehouse_id = :warehouse FOR UPDATE
                """).param("item", itemId).param("warehouse", warehouseId)
                .query((rs, row) -> new Balance(rs.getBigDecimal("on_hand"), rs.getBigDecimal("reserved"),
                        rs.getBigDecimal("average_cost")))
                .single();
    }

    public Balance current(UUID itemId, UUID warehouseId) {
        return jdbc.sql("""
                SELECT on_hand, reserved, average_cost FROM ops.stock_balance
                 WHERE item_id = :item AND warehouse_id = :warehouse
                """).param("item", itemId).param("warehouse", warehouseId)
                .query((rs, row) -> new Balance(rs.getBigDecimal("on_hand"), rs.getBigDecimal("reserved"),
                        rs.getBigDecimal("average_cost")))
                .optional().orElse(Balance.EMPTY);
    }

    /**
     * Writes a locked row, only if it still holds {@code before} (so even a caller that forgot the lock cannot lose
     * an update); the CHECK constraints refuse a negative or over-reserved result whatever the code did.
     */
    public void write(UUID itemId, UUID warehouseId, Balance before, Balance after) {
        int written = jdbc.sql("""
                UPDATE ops.stock_balance SET on_hand = :onHand, reserved = :reserved, average_cost = :cost,
                       updated_at = now()
                 WHERE item_id = :item AND warehouse_id = :warehouse
                   AND on_hand = :onHandBefore AND reserved = :reservedBefore
                """).param("item", itemId).param("warehouse", warehouseId).param("onHand", after.onHand())
                .param("reserved", after.reserved()).param("cost", after.averageCost())
                .param("onHandBefore", before.onHand()).param("reservedBefore", before.reserved()).update();
        if (written != 1) {
            throw StockException.conflict("Остаток изменился одновременно с вами; обновите и повторите");
        }
    }

    public List<BalanceView> find(UUID itemId, UUID warehouseId, boolean nonZeroOnly, int limit) {
        return jdbc.sql("""
                SELECT b.item_id, i.sku, i.name, b.warehouse_id, w.code, b.on_hand, b.reserved, b.average_cost,
                       coalesce((SELECT sum(t.quantity) FROM ops.stock_transfer t WHERE t.status = 'IN_TRANSIT'
                                    AND t.item_id = b.item_id AND t.to_warehouse_id = b.warehouse_id), 0) AS in_transit
                  FROM ops.stock_balance b
                  JOIN ops.stock_item i ON i.id = b.item_id
                  JOIN ops.stock_warehouse w ON w.id = b.warehouse_id
                 WHERE (CAST(:item AS uuid) IS NULL OR b.item_id = :item)
                   AND (CAST(:warehouse AS uuid) IS NULL OR b.warehouse_id = :warehouse)
                   AND (NOT :nonZero OR b.on_hand <> 0 OR b.reserved <> 0)
                 ORDER BY i.sku, w.code LIMIT :limit
                """).param("item", itemId).param("warehouse", warehouseId).param("nonZero", nonZeroOnly)
                .param("limit", limit).query((rs, row) -> {
                    BigDecimal onHand = rs.getBigDecimal("on_hand");
                    BigDecimal reserved = rs.getBigDecimal("reserved");
                    BigDecimal cost = rs.getBigDecimal("average_cost");
                    return new BalanceView(rs.getObject("item_id", UUID.class), rs.getString("sku"),
                            rs.getString("name"), rs.getObject("warehouse_id", UUID.class), rs.getString("code"),
                            onHand, reserved, onHand.subtract(reserved), rs.getBigDecimal("in_transit")
                                    .setScale(Balance.QUANTITY_SCALE), cost,
                            onHand.multiply(cost).setScale(2, java.math.RoundingMode.HALF_UP));
                }).list();
    }
}
