package dozor.stock.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.stock.WarehouseKind;
import dozor.stock.WarehouseView;

/** Table {@code ops.stock_warehouse}. */
@Repository
public class Warehouses {

    private final JdbcClient jdbc;

    Warehouses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WarehouseView w) {
        jdbc.sql("""
                INSERT INTO ops.stock_warehouse (id, code, name, kind, region, holder, created_at)
                VALUES (:id, :code, :name, :kind, :region, :holder, :created)
                """).param("id", w.id()).param("code", w.code()).param("name", w.name()).param("kind", w.kind().name())
                .param("region", w.region()).param("holder", w.holder())
                .param("created", Timestamp.from(w.createdAt())).update();
    }

    public Optional<WarehouseView> find(UUID id) {
        return jdbc.sql("SELECT * FROM ops.stock_warehouse WHERE id = :id").param("id", id).query(Warehouses::map)
                .optional();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM ops.stock_warehouse WHERE lower(code) = lower(:code)")
                .param("code", code).query(Long.class).single() > 0;
    }

    public List<WarehouseView> all(WarehouseKind kind) {
        return jdbc.sql("""
                SELECT * FROM ops.stock_warehouse WHERE CAST(:kind AS text) IS NULL OR kind = :kind ORDER BY code
                """).param("kind", kind == null ? null : kind.name()).query(Warehouses::map).list();
    }

    static WarehouseView map(ResultSet rs, int row) throws SQLException {
        return new WarehouseView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                WarehouseKind.valueOf(rs.getString("kind")), rs.getString("region"), rs.getString("holder"),
                rs.getTimestamp("created_at").toInstant());
    }
}
