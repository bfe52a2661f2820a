package dozor.queue.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code ops.saved_filter}: each user's named queue filters (the filter is the UI's query as JSON). */
@Repository
public class SavedFilters {

    public record SavedFilter(UUID id, String name, String filter) {
    }

    private final JdbcClient jdbc;

    SavedFilters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SavedFilter> of(String username) {
        return jdbc.sql("SELECT id, name, filter::text FROM ops.saved_filter WHERE username = :u ORDER BY name")
                .param("u", username).query((rs, i) -> new SavedFilter(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3))).list();
    }

    /** Saves (or replaces, by name) a filter of the user. */
    public SavedFilter save(String username, String name, String filterJson) {
        UUID id = jdbc.sql("""
                INSERT INTO ops.saved_filter (id, username, name, filter) VALUES (:id, :u, :name, CAST(:f AS jsonb))
                ON CONFLICT (username, name) DO UPDATE SET filter = EXCLUDED.filter
                RETURNING id
                """).param("id", UUID.randomUUID()).param("u", username).param("name", name).param("f", filterJson)
                .query(UUID.class).single();
        return new SavedFilter(id, name, filterJson);
    }

    public boolean delete(String username, UUID id) {
        return jdbc.sql("DELETE FROM ops.saved_filter WHERE id = :id AND username = :u").param("id", id)
                .param("u", username).update() == 1;
    }
}
