package dozor.slasettings.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code ops.sla_calendar} and {@code ops.sla_policy}: JSON documents with a revision each. */
@Repository
public class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> calendars() {
        Map<String, String> all = new LinkedHashMap<>();
        jdbc.sql("SELECT id, definition::text FROM ops.sla_calendar ORDER BY id")
                .query(rs -> {
                    all.put(rs.getString(1), rs.getString(2));
                });
        return all;
    }

    public Optional<String> calendar(String id) {
        return jdbc.sql("SELECT definition::text FROM ops.sla_calendar WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    public int calendarVersion(String id) {
        return jdbc.sql("SELECT coalesce(max(version), -1) FROM ops.sla_calendar WHERE id = :id").param("id", id)
                .query(Integer.class).single();
    }

    public void saveCalendar(String id, String json, int version, String actor) {
        jdbc.sql("""
                INSERT INTO ops.sla_calendar (id, definition, version, updated_by)
                VALUES (:id, CAST(:json AS jsonb), :version, :actor)
                ON CONFLICT (id) DO UPDATE SET definition = EXCLUDED.definition, version = EXCLUDED.version,
                    updated_at = now(), updated_by = EXCLUDED.updated_by
                """).param("id", id).param("json", json).param("version", version).param("actor", actor).update();
    }

    public Optional<String> policy() {
        return jdbc.sql("SELECT definition::text FROM ops.sla_policy WHERE id = 1").query(String.class).optional();
    }

    public int policyVersion() {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM ops.sla_policy").query(Integer.class).single();
    }

    public void savePolicy(String json, int version, String actor) {
        jdbc.sql("""
                INSERT INTO ops.sla_policy (id, definition, version, updated_by) VALUES (1, CAST(:json AS jsonb), :v, :a)
                ON CONFLICT (id) DO UPDATE SET definition = EXCLUDED.definition, version = EXCLUDED.version,
                    updated_at = now(), updated_by = EXCLUDED.updated_by
                """).param("json", json).param("v", version).param("a", actor).update();
    }

    /** Serialises concurrent edits of the settings (one transaction at a time). */
    public void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(4242001)").query().singleRow();
    }

    /** The sum of revisions: grows with every edit of any part. */
    public int settingsVersion() {
        return jdbc.sql("SELECT coalesce((SELECT sum(version) FROM ops.sla_calendar), 0) "
                + "+ coalesce((SELECT max(version) FROM ops.sla_policy), 0)").query(Integer.class).single();
    }
}
