package dozor.stock.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code ops.stock_serial_unit}: where each serial-tracked unit is now. */
@Repository
public class SerialUnits {

    /** A unit's place: IN_STOCK in {@code warehouseId}, or IN_WORK, IN_TRANSIT, WITH_CUSTOMER, WRITTEN_OFF. */
    public record Place(String status, UUID warehouseId) {
    }

    private final JdbcClient jdbc;

    SerialUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The unit's row, locked: two movements of one unit are serialised, also two first receipts of the same serial
     * (the placeholder row of the first blocks the second's insert until it commits). Empty for a unit never seen.
     */
    public Optional<Place> lock(UUID itemId, String serial, Instant at) {
        jdbc.sql("""
                INSERT INTO ops.stock_serial_unit (item_id, serial, status, warehouse_id, updated_at)
                VALUES (:item, :serial, 'NEW', NULL, :at) ON CONFLICT DO NOTHING
                """).param("item", itemId).param("serial", serial).param("at", Timestamp.from(at)).update();
        return jdbc.sql("""
                SELECT status, warehouse_id FROM ops.stock_serial_unit WHERE item_id = :item AND serial = :serial
                   FOR UPDATE
                """).param("item", itemId).param("serial", serial)
                .query((rs, row) -> new Place(rs.getString("status"), rs.getObject("warehouse_id", UUID.class)))
                .optional().filter(p -> !"NEW".equals(p.status()));
    }

    public Optional<Place> find(UUID itemId, String serial) {
        return jdbc.sql("""
                SELECT status, warehouse_id FROM ops.stock_serial_unit
                 WHERE item_id = :item AND serial = :serial AND status <> 'NEW'
                """)
                .param("item", itemId).param("serial", serial)
                .query((rs, row) -> new Place(rs.getString("status"), rs.getObject("warehouse_id", UUID.class)))
                .optional();
    }

    public void put(UUID itemId, String serial, Place place, Instant at) {
        jdbc.sql("""
                INSERT INTO ops.stock_serial_unit (item_id, serial, status, warehouse_id, updated_at)
                VALUES (:item, :serial, :status, :warehouse, :at)
                ON CONFLICT (item_id, serial) DO UPDATE SET status = EXCLUDED.status,
                    warehouse_id = EXCLUDED.warehouse_id, updated_at = EXCLUDED.updated_at
                """).param("item", itemId).param("serial", serial).param("status", place.status())
                .param("warehouse", place.warehouseId()).param("at", Timestamp.from(at)).update();
    }
}
