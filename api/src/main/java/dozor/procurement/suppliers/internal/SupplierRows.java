package dozor.procurement.suppliers.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.procurement.suppliers.ContractView;
import dozor.procurement.suppliers.SupplierItemView;
import dozor.procurement.suppliers.SupplierView;

/** Tables {@code ops.supplier}, {@code ops.supplier_item} and {@code ops.supplier_contract} (V42). */
@Repository
public class SupplierRows {

    private final JdbcClient jdbc;

    SupplierRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SupplierView s) {
        jdbc.sql("""
                INSERT INTO ops.supplier (id, code, name, unp, country, currency, email, phone, active, created_at)
                VALUES (:id, :code, :name, :unp, :country, :currency, :email, :phone, :active, :created)
                """).param("id", s.id()).param("code", s.code()).param("name", s.name()).param("unp", s.unp())
                .param("country", s.country()).param("currency", s.currency()).param("email", s.email())
                .param("phone", s.phone()).param("active", s.active()).param("created", Timestamp.from(s.createdAt()))
                .update();
    }

    public void update(SupplierView s) {
        jdbc.sql("""
                UPDATE ops.supplier SET name = :name, unp = :unp, country = :country, currency = :currency,
                       email = :email, phone = :phone, active = :active, version = version + 1
                 WHERE id = :id
                """).param("id", s.id()).param("name", s.name()).param("unp", s.unp()).param("country", s.country())
                .param("currency", s.currency()).param("email", s.email()).param("phone", s.phone())
                .param("active", s.active()).update();
    }

    public Optional<SupplierView> find(UUID id) {
        return jdbc.sql("SELECT * FROM ops.supplier WHERE id = :id").param("id", id).query(SupplierRows::supplier)
                .optional();
    }

    public Optional<SupplierView> lock(UUID id) {
        return jdbc.sql("SELECT * FROM ops.supplier WHERE id = :id FOR UPDATE").param("id", id)
                .query(SupplierRows::supplier).optional();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM ops.supplier WHERE lower(code) = lower(:code)").param("code", code)
                .query(Long.class).single() > 0;
    }

    /** Whether another supplier than {@code except} has this УНП. */
    public boolean unpTaken(String unp, UUID except) {
        return jdbc.sql("SELECT count(*) FROM ops.supplier WHERE unp = :unp AND (CAST(:except AS uuid) IS NULL "
                + "OR id <> :except)").param("unp", unp).param("except", except).query(Long.class).single() > 0;
    }

    /** By code, name or УНП (case-insensitive substring), by name. */
    public List<SupplierView> search(String text, Boolean active, int limit) {
        String like = text == null ? null : "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql("""
                SELECT * FROM ops.supplier
                 WHERE (CAST(:like AS text) IS NULL OR lower(code) LIKE :like OR lower(name) LIKE :like
                        OR lower(coalesce(unp, '')) LIKE :like)
                   AND (CAST(:active AS boolean) IS NULL OR active = :active)
                 ORDER BY lower(name), code LIMIT :limit
                """).param("like", like).param("active", active).param("limit", limit).query(SupplierRows::supplier)
                .list();
    }

    public Optional<SupplierItemView> item(UUID supplierId, UUID itemId) {
        return jdbc.sql("SELECT * FROM ops.supplier_item WHERE supplier_id = :s AND item_id = :i")
                .param("s", supplierId).param("i", itemId).query(SupplierRows::supplierItem).optional();
    }

    public void upsertItem(SupplierItemView i) {
        jdbc.sql("""
                INSERT INTO ops.supplier_item (supplier_id, item_id, supplier_sku, price, currency, lead_time_days,
                    min_order_qty, pack_size, updated_at)
                VALUES (:s, :i, :sku, :price, :currency, :lead, :min, :pack, :at)
                ON CONFLICT (supplier_id, item_id) DO UPDATE SET supplier_sku = EXCLUDED.supplier_sku,
                    price = EXCLUDED.price, currency = EXCLUDED.currency, lead_time_days = EXCLUDED.lead_time_days,
                    min_order_qty = EXCLUDED.min_order_qty, pack_size = EXCLUDED.pack_size,
                    updated_at = EXCLUDED.updated_at
                """).param("s", i.supplierId()).param("i", i.itemId()).param("sku", i.supplierSku())
                .param("price", i.price()).param("currency", i.currency()).param("lead", i.leadTimeDays())
                .param("min", i.minOrderQty()).param("pack", i.packSize()).param("at", Timestamp.from(i.updatedAt()))
                .update();
    }

    public void deleteItem(UUID supplierId, UUID itemId) {
        jdbc.sql("DELETE FROM ops.supplier_item WHERE supplier_id = :s AND item_id = :i").param("s", supplierId)
                .param("i", itemId).update();
    }

    public List<SupplierItemView> itemsOf(UUID supplierId) {
        return jdbc.sql("""
                SELECT si.* FROM ops.supplier_item si JOIN ops.stock_item i ON i.id = si.item_id
                 WHERE si.supplier_id = :s ORDER BY i.sku
                """).param("s", supplierId).query(SupplierRows::supplierItem).list();
    }

    /** Every active supplier's offer of an item, cheapest first. */
    public List<SupplierItemView> offersOf(UUID itemId) {
        return jdbc.sql("""
                SELECT si.* FROM ops.supplier_item si JOIN ops.supplier s ON s.id = si.supplier_id
                 WHERE si.item_id = :i AND s.active ORDER BY si.price, si.lead_time_days, s.code
                """).param("i", itemId).query(SupplierRows::supplierItem).list();
    }

    /** Every active supplier's offers of these items, cheapest first per item. */
    public List<SupplierItemView> offersOf(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT si.* FROM ops.supplier_item si JOIN ops.supplier s ON s.id = si.supplier_id
                 WHERE si.item_id IN (:items) AND s.active ORDER BY si.item_id, si.price, si.lead_time_days, s.code
                """).param("items", List.copyOf(itemIds)).query(SupplierRows::supplierItem).list();
    }

    public Map<UUID, String> names(Collection<UUID> supplierIds) {
        Map<UUID, String> names = new HashMap<>();
        if (!supplierIds.isEmpty()) {
            jdbc.sql("SELECT id, name FROM ops.supplier WHERE id IN (:ids)").param("ids", List.copyOf(supplierIds))
                    .query(rs -> {
                        names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                    });
        }
        return names;
    }

    public void insertContract(ContractView c) {
        jdbc.sql("""
                INSERT INTO ops.supplier_contract (id, supplier_id, number, valid_from, valid_to, payment_terms_days,
                    warranty_months, currency, note, created_at)
                VALUES (:id, :s, :number, :from, :to, :payment, :warranty, :currency, :note, :created)
                """).param("id", c.id()).param("s", c.supplierId()).param("number", c.number())
                .param("from", Date.valueOf(c.validFrom()))
                .param("to", c.validTo() == null ? null : Date.valueOf(c.validTo()))
                .param("payment", c.paymentTermsDays()).param("warranty", c.warrantyMonths())
                .param("currency", c.currency()).param("note", c.note()).param("created", Timestamp.from(c.createdAt()))
                .update();
    }

    /** The supplier's contract, locked for a change. */
    public Optional<ContractView> lockContract(UUID supplierId, UUID id) {
        return jdbc.sql("SELECT * FROM ops.supplier_contract WHERE supplier_id = :s AND id = :id FOR UPDATE")
                .param("s", supplierId).param("id", id).query(SupplierRows::contract).optional();
    }

    public void updateContract(ContractView c) {
        jdbc.sql("""
                UPDATE ops.supplier_contract SET valid_from = :from, valid_to = :to, payment_terms_days = :payment,
                    warranty_months = :warranty, note = :note
                WHERE id = :id
                """).param("id", c.id()).param("from", Date.valueOf(c.validFrom()))
                .param("to", c.validTo() == null ? null : Date.valueOf(c.validTo()))
                .param("payment", c.paymentTermsDays()).param("warranty", c.warrantyMonths()).param("note", c.note())
                .update();
    }

    public boolean contractNumberTaken(UUID supplierId, String number) {
        return jdbc.sql("SELECT count(*) FROM ops.supplier_contract WHERE supplier_id = :s AND number = :n")
                .param("s", supplierId).param("n", number).query(Long.class).single() > 0;
    }

    /** Newest validity first. */
    public List<ContractView> contractsOf(UUID supplierId) {
        return jdbc.sql("""
                SELECT * FROM ops.supplier_contract WHERE supplier_id = :s ORDER BY valid_from DESC, created_at DESC
                """).param("s", supplierId).query(SupplierRows::contract).list();
    }

    static SupplierView supplier(ResultSet rs, int row) throws SQLException {
        return new SupplierView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("unp"), rs.getString("country"), rs.getString("currency"), rs.getString("email"),
                rs.getString("phone"), rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

    static SupplierItemView supplierItem(ResultSet rs, int row) throws SQLException {
        return new SupplierItemView(rs.getObject("supplier_id", UUID.class), rs.getObject("item_id", UUID.class),
                rs.getString("supplier_sku"), rs.getBigDecimal("price"), rs.getString("currency"),
                rs.getInt("lead_time_days"), rs.getBigDecimal("min_order_qty"), rs.getBigDecimal("pack_size"),
                rs.getTimestamp("updated_at").toInstant());
    }

    static ContractView contract(ResultSet rs, int row) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new ContractView(rs.getObject("id", UUID.class), rs.getObject("supplier_id", UUID.class),
                rs.getString("number"), rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(),
                rs.getInt("payment_terms_days"), rs.getInt("warranty_months"), rs.getString("currency"),
                rs.getString("note"), rs.getTimestamp("created_at").toInstant());
    }
}
