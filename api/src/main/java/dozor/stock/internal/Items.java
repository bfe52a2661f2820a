package dozor.stock.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.stock.AbcClass;
import dozor.stock.ItemCategory;
import dozor.stock.ItemView;
import dozor.stock.UnitOfMeasure;

/** Table {@code ops.stock_item}. */
@Repository
public class Items {

    private final JdbcClient jdbc;

    Items(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ItemView item) {
        jdbc.sql("""
                INSERT INTO ops.stock_item (id, sku, name, category, unit, serial_tracked, abc_class, abc_source,
                    supplier_id, created_at)
                VALUES (:id, :sku, :name, :category, :unit, :serial, :abc,
                        CASE WHEN CAST(:abc AS text) IS NULL THEN NULL ELSE 'MANUAL' END, :supplier, :created)
                """).param("id", item.id()).param("sku", item.sku()).param("name", item.name())
                .param("category", item.category().name()).param("unit", item.unit().name())
                .param("serial", item.serialTracked())
                .param("abc", item.abcClass() == null ? null : item.abcClass().name())
                .param("supplier", item.supplierId()).param("created", Timestamp.from(item.createdAt())).update();
    }

    /** A change by a user: a class that differs from the stored one becomes the user's (MANUAL). */
    public void update(ItemView item) {
        jdbc.sql("""
                UPDATE ops.stock_item SET name = :name, supplier_id = :supplier,
                       abc_source = CASE WHEN CAST(:abc AS text) IS NULL THEN NULL
                                         WHEN abc_class IS DISTINCT FROM :abc THEN 'MANUAL' ELSE abc_source END,
                       abc_class = :abc, version = version + 1 WHERE id = :id
                """).param("id", item.id()).param("name", item.name())
                .param("abc", item.abcClass() == null ? null : item.abcClass().name())
                .param("supplier", item.supplierId()).update();
    }

    /** The analytics' class, only where no user has set one; true when the item changed. */
    public boolean classify(UUID id, AbcClass abc) {
        return jdbc.sql("""
                UPDATE ops.stock_item SET abc_class = :abc, abc_source = 'ANALYTICS', version = version + 1
                 WHERE id = :id AND abc_source IS DISTINCT FROM 'MANUAL' AND abc_class IS DISTINCT FROM :abc
                """).param("id", id).param("abc", abc.name()).update() == 1;
    }

    /** MANUAL, ANALYTICS, or empty when the item has no class. */
    public Optional<String> abcSource(UUID id) {
        return jdbc.sql("SELECT abc_source FROM ops.stock_item WHERE id = :id").param("id", id)
                .query((rs, i) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
    }

    public Optional<ItemView> find(UUID id) {
        return jdbc.sql("SELECT * FROM ops.stock_item WHERE id = :id").param("id", id).query(Items::map).optional();
    }

    public Optional<ItemView> lock(UUID id) {
        return jdbc.sql("SELECT * FROM ops.stock_item WHERE id = :id FOR UPDATE").param("id", id).query(Items::map)
                .optional();
    }

    public boolean skuTaken(String sku) {
        return jdbc.sql("SELECT count(*) FROM ops.stock_item WHERE lower(sku) = lower(:sku)").param("sku", sku)
                .query(Long.class).single() > 0;
    }

    /** By SKU or name (case-insensitive substring), optionally of one category, by SKU. */
    public List<ItemView> search(String text, ItemCategory category, int limit) {
        String like = text == null ? null : "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql("""
                SELECT * FROM ops.stock_item
                 WHERE (CAST(:like AS text) IS NULL OR lower(sku) LIKE :like OR lower(name) LIKE :like)
                   AND (CAST(:category AS text) IS NULL OR category = :category)
                 ORDER BY sku LIMIT :limit
                """).param("like", like).param("category", category == null ? null : category.name())
                .param("limit", limit).query(Items::map).list();
    }

    static ItemView map(ResultSet rs, int row) throws SQLException {
        String abc = rs.getString("abc_class");
        return new ItemView(rs.getObject("id", UUID.class), rs.getString("sku"), rs.getString("name"),
                ItemCategory.valueOf(rs.getString("category")), UnitOfMeasure.valueOf(rs.getString("unit")),
                rs.getBoolean("serial_tracked"), abc == null ? null : AbcClass.valueOf(abc),
                rs.getObject("supplier_id", UUID.class), rs.getTimestamp("created_at").toInstant());
    }
}
