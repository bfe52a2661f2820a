package dozor.procurement.purchasing.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What purchasing reads of the supplier catalogue (tables of V42): a supplier, its price list entry for an item,
 * its contract in force. Read only; the catalogue is kept elsewhere.
 */
@Repository("purchasingSupplierTerms")
public class Suppliers {

    public record Supplier(UUID id, String name, String currency, boolean active) {
    }

    public record Offer(BigDecimal price, String currency, int leadTimeDays) {
    }

    private final JdbcClient jdbc;

    Suppliers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Supplier> find(UUID id) {
        return jdbc.sql("SELECT id, name, currency, active FROM ops.supplier WHERE id = :id").param("id", id)
                .query((rs, row) -> new Supplier(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("currency"), rs.getBoolean("active")))
                .optional();
    }

    public Optional<Offer> offer(UUID supplierId, UUID itemId) {
        return jdbc.sql("""
                SELECT price, currency, lead_time_days FROM ops.supplier_item
                 WHERE supplier_id = :supplier AND item_id = :item""").param("supplier", supplierId)
                .param("item", itemId)
                .query((rs, row) -> new Offer(rs.getBigDecimal("price"), rs.getString("currency"),
                        rs.getInt("lead_time_days")))
                .optional();
    }

    /** The contract in force on {@code day}: the one that started last among those valid then. */
    public Optional<UUID> contractOn(UUID supplierId, LocalDate day) {
        return jdbc.sql("""
                SELECT id FROM ops.supplier_contract
                 WHERE supplier_id = :supplier AND valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day)
                 ORDER BY valid_from DESC, created_at DESC LIMIT 1""").param("supplier", supplierId)
                .param("day", Date.valueOf(day)).query(UUID.class).optional();
    }
}
