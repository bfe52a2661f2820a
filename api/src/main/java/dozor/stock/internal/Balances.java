package dozor.stock.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate batch;

    Balances(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /** An item in a warehouse: the key of a balance row. */
    public record Row(UUID itemId, UUID warehouseId) {
    }

    /**
     * PostgreSQL's order of balance rows (uuids compare as unsigned bytes): whoever locks several rows takes them in
     * this order, so two batches over the same rows queue instead of deadlocking.
     */
    static final Comparator<Row> LOCK_ORDER = Comparator
            .comparing((Row r) -> r.itemId(), Balances::compareUuid)
            .thenComparing(Row::warehouseId, Balances::compareUuid);

    private static int compareUuid(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /**
     * {@link #lock} for several rows in two statements: the missing rows are created and all are locked, in
     * {@link #LOCK_ORDER}, until commit.
     */
    public Map<Row, Balance> lockAll(Collection<Row> rows) {
        List<Object[]> pairs = rows.stream().distinct().sorted(LOCK_ORDER)
                .map(r -> new Object[] { r.itemId(), r.warehouseId() }).toList();
        jdbc.sql("INSERT INTO ops.stock_balance (item_id, warehouse_id) VALUES :pairs ON CONFLICT DO NOTHING")
                .param("pairs", pairs).update();
        Map<Row, Balance> locked = new HashMap<>();
        jdbc.sql("""
                SELECT item_id, warehouse_id, on_hand, reserved, average_cost FROM ops.stock_balance
                 WHERE (item_id, warehouse_id) IN (:pairs)
                 ORDER BY item_id, warehouse_id FOR UPDATE
                """).param("pairs", pairs).query(rs -> {
                    locked.put(new Row(rs.getObject("item_id", UUID.class), rs.getObject("warehouse_id", UUID.class)),
                            new Balance(rs.getBigDecimal("on_hand"), rs.getBigDecimal("reserved"),
                                    rs.getBigDecimal("average_cost")));
                });
        if (locked.size() != pairs.size()) {
            throw new IllegalStateException("Locked " + locked.size() + " of " + pairs.size() + " balance rows");
        }
        return locked;
    }

    /** {@link #write} for several locked rows, in one JDBC batch. */
    public void writeAll(Map<Row, Balance> before, Map<Row, Balance> after) {
        List<Row> rows = after.keySet().stream().sorted(LOCK_ORDER).toList();
        int[][] written = batch.batchUpdate("""
                UPDATE ops.stock_balance SET on_hand = ?, reserved = ?, average_cost = ?, updated_at = now()
                 WHERE item_id = ? AND warehouse_id = ? AND on_hand = ? AND reserved = ?
                """, rows, rows.size(), (ps, r) -> {
                    Balance was = before.get(r);
                    Balance now = after.get(r);
                    ps.setBigDecimal(1, now.onHand());
                    ps.setBigDecimal(2, now.reserved());
                    ps.setBigDecimal(3, now.averageCost());
                    ps.setObject(4, r.itemId());
                    ps.setObject(5, r.warehouseId());
                    ps.setBigDecimal(6, was.onHand());
                    ps.setBigDecimal(7, was.reserved());
                });
        if (Arrays.stream(written).flatMapToInt(Arrays::stream).anyMatch(n -> n != 1)) {
            throw StockException.conflict("Остаток изменился одновременно с вами; обновите и повторите");
        }
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
