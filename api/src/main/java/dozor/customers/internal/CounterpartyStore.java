package dozor.customers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.customers.Counterparty;
import dozor.customers.CustomerDetails;
import dozor.customers.CustomerTier;

/** Table {@code ops.counterparty}. */
@Repository
public class CounterpartyStore {

    private final JdbcClient jdbc;

    CounterpartyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless a unique key (УНП, or a person's phone or e-mail) is taken; true when inserted. */
    public boolean insertIfAbsent(Counterparty c) {
        return jdbc.sql("""
                INSERT INTO ops.counterparty (id, name, unp, phone, email, kind, tier)
                VALUES (:id, :name, :unp, :phone, :email, :kind, :tier)
                ON CONFLICT DO NOTHING
                """).param("id", c.id()).param("name", c.name()).param("unp", c.unp()).param("phone", c.phone())
                .param("email", c.email()).param("kind", c.kind()).param("tier", c.tier().name()).update() == 1;
    }

    /** Adds a phone or e-mail the counterparty did not have yet, unless another counterparty holds it. */
    public void fillGaps(UUID id, CustomerDetails details) {
        if (details.phone() != null) {
            jdbc.sql("""
                    UPDATE ops.counterparty c SET phone = :phone, updated_at = now()
                     WHERE c.id = :id AND c.phone IS NULL
                       AND NOT EXISTS (SELECT 1 FROM ops.counterparty o WHERE o.unp IS NULL AND o.phone = :phone)
                    """).param("id", id).param("phone", details.phone().e164()).update();
        }
        if (details.email() != null) {
            jdbc.sql("""
                    UPDATE ops.counterparty c SET email = :email, updated_at = now()
                     WHERE c.id = :id AND c.email IS NULL
                       AND NOT EXISTS (SELECT 1 FROM ops.counterparty o WHERE o.unp IS NULL AND o.email = :email)
                    """).param("id", id).param("email", details.email()).update();
        }
    }

    public Optional<Counterparty> find(UUID id) {
        return jdbc.sql("SELECT * FROM ops.counterparty WHERE id = :id").param("id", id).query(CounterpartyStore::map)
                .optional();
    }

    public Optional<Counterparty> findByUnp(String unp) {
        return jdbc.sql("SELECT * FROM ops.counterparty WHERE unp = :unp").param("unp", unp)
                .query(CounterpartyStore::map).optional();
    }

    public Optional<Counterparty> findPersonByPhone(String phone) {
        return jdbc.sql("SELECT * FROM ops.counterparty WHERE unp IS NULL AND phone = :phone").param("phone", phone)
                .query(CounterpartyStore::map).optional();
    }

    public Optional<Counterparty> findPersonByEmail(String email) {
        return jdbc.sql("SELECT * FROM ops.counterparty WHERE unp IS NULL AND email = :email").param("email", email)
                .query(CounterpartyStore::map).optional();
    }

    public List<Counterparty> search(String query, int page, int size) {
        return jdbc.sql("""
                SELECT * FROM ops.counterparty
                 WHERE :q = '' OR lower(name) LIKE '%' || lower(:q) || '%' OR unp = upper(:q) OR phone LIKE '%' || :q || '%'
                 ORDER BY name LIMIT :size OFFSET :offset
                """).param("q", query == null ? "" : query.strip()).param("size", size)
                .param("offset", (long) page * size).query(CounterpartyStore::map).list();
    }

    public long count(String query) {
        return jdbc.sql("""
                SELECT count(*) FROM ops.counterparty
                 WHERE :q = '' OR lower(name) LIKE '%' || lower(:q) || '%' OR unp = upper(:q) OR phone LIKE '%' || :q || '%'
                """).param("q", query == null ? "" : query.strip()).query(Long.class).single();
    }

    public void updateTier(UUID id, CustomerTier tier) {
        jdbc.sql("UPDATE ops.counterparty SET tier = :tier, updated_at = now() WHERE id = :id").param("id", id)
                .param("tier", tier.name()).update();
    }

    static Counterparty map(ResultSet rs, int row) throws SQLException {
        return new Counterparty(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("unp"),
                rs.getString("phone"), rs.getString("email"), rs.getString("kind"),
                CustomerTier.valueOf(rs.getString("tier")), rs.getTimestamp("created_at").toInstant());
    }
}
