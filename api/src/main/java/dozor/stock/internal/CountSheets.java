package dozor.stock.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dozor.stock.CountSheet;

/** The count sheets and their lines ({@code ops.stock_count}, {@code ops.stock_count_line}). */
@Component
public class CountSheets {

    private final JdbcClient jdbc;

    CountSheets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(UUID id, UUID warehouseId, String note, Instant at, String actor) {
        jdbc.sql("""
                INSERT INTO ops.stock_count (id, warehouse_id, status, note, opened_at, opened_by)
                VALUES (:id, :warehouse, 'OPEN', :note, :at, :actor)
                """).param("id", id).param("warehouse", warehouseId).param("note", note)
                .param("at", Timestamp.from(at)).param("actor", actor).update();
    }

    public void addLine(UUID countId, UUID itemId, BigDecimal expected) {
        jdbc.sql("INSERT INTO ops.stock_count_line (count_id, item_id, expected) VALUES (:c, :i, :e)")
                .param("c", countId).param("i", itemId).param("e", expected).update();
    }

    /** Items of non-serial kinds that have a balance row in the warehouse: what a full count covers. */
    public List<UUID> countableItems(UUID warehouseId) {
        return jdbc.sql("""
                SELECT b.item_id FROM ops.stock_balance b JOIN ops.stock_item i ON i.id = b.item_id
                 WHERE b.warehouse_id = :warehouse AND NOT i.serial_tracked ORDER BY i.sku
                """).param("warehouse", warehouseId).query(UUID.class).list();
    }

    /** The sheet's status, locking the sheet against a concurrent posting. */
    public Optional<String> lockStatus(UUID countId) {
        return jdbc.sql("SELECT status FROM ops.stock_count WHERE id = :id FOR UPDATE").param("id", countId)
                .query(String.class).optional();
    }

    public int count(UUID countId, UUID itemId, BigDecimal counted) {
        return jdbc.sql("UPDATE ops.stock_count_line SET counted = :n WHERE count_id = :c AND item_id = :i")
                .param("n", counted).param("c", countId).param("i", itemId).update();
    }

    public void posted(UUID countId, UUID itemId, UUID movementId) {
        jdbc.sql("UPDATE ops.stock_count_line SET movement_id = :m WHERE count_id = :c AND item_id = :i")
                .param("m", movementId).param("c", countId).param("i", itemId).update();
    }

    public void close(UUID countId, String status, Instant at, String actor) {
        jdbc.sql("UPDATE ops.stock_count SET status = :s, closed_at = :at, closed_by = :actor WHERE id = :id")
                .param("s", status).param("at", Timestamp.from(at)).param("actor", actor).param("id", countId)
                .update();
    }

    public Optional<CountSheet> find(UUID countId) {
        return jdbc.sql("SELECT * FROM ops.stock_count WHERE id = :id").param("id", countId)
                .query((rs, row) -> new CountSheet(rs.getObject("id", UUID.class),
                        rs.getObject("warehouse_id", UUID.class), rs.getString("status"), rs.getString("note"),
                        rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"),
                        Optional.ofNullable(rs.getTimestamp("closed_at")).map(Timestamp::toInstant).orElse(null),
                        rs.getString("closed_by"), List.of()))
                .optional().map(sheet -> new CountSheet(sheet.id(), sheet.warehouseId(), sheet.status(), sheet.note(),
                        sheet.openedAt(), sheet.openedBy(), sheet.closedAt(), sheet.closedBy(), lines(countId)));
    }

    public List<UUID> recent(UUID warehouseId, int limit) {
        return jdbc.sql("""
                SELECT id FROM ops.stock_count WHERE CAST(:warehouse AS uuid) IS NULL OR warehouse_id = :warehouse
                 ORDER BY opened_at DESC LIMIT :limit
                """).param("warehouse", warehouseId).param("limit", limit).query(UUID.class).list();
    }

    private List<CountSheet.Line> lines(UUID countId) {
        return jdbc.sql("""
                SELECT l.item_id, i.sku, i.name, l.expected, l.counted, l.movement_id
                  FROM ops.stock_count_line l JOIN ops.stock_item i ON i.id = l.item_id
                 WHERE l.count_id = :c ORDER BY i.sku
                """).param("c", countId).query((rs, row) -> {
                    BigDecimal expected = rs.getBigDecimal("expected");
                    BigDecimal counted = rs.getBigDecimal("counted");
                    return new CountSheet.Line(rs.getObject("item_id", UUID.class), rs.getString("sku"),
                            rs.getString("name"), expected, counted,
                            counted == null ? null : counted.subtract(expected),
                            rs.getObject("movement_id", UUID.class));
                }).list();
    }
}
