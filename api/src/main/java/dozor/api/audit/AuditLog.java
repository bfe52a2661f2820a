package dozor.api.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Who changed what, when, and the state before and after; written in the transaction of the change. */
@Component
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    private final JdbcTemplate batch;

    private final Clock clock;

    AuditLog(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, String entityId, Object before, Object after) {
        jdbc.sql("""
                INSERT INTO ops.audit_log (at, actor, action, entity_type, entity_id, before, after)
                VALUES (:at, :actor, :action, :entityType, :entityId, CAST(:before AS jsonb), CAST(:after AS jsonb))
                """)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("actor", currentActor())
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", entityId)
                .param("before", before == null ? null : JSON.writeValueAsString(before))
                .param("after", after == null ? null : JSON.writeValueAsString(after))
                .update();
    }

    /** One change to record with {@link #recordAll}. */
    public record Change(String action, String entityType, String entityId, Object before, Object after) {
    }

    /** {@link #record} for many changes at once, in one JDBC batch (a batch of stock movements). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<Change> changes) {
        java.sql.Timestamp at = java.sql.Timestamp.from(clock.instant());
        String actor = currentActor();
        batch.batchUpdate("""
                INSERT INTO ops.audit_log (at, actor, action, entity_type, entity_id, before, after)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))
                """, changes, changes.size(), (ps, c) -> {
                    ps.setTimestamp(1, at);
                    ps.setString(2, actor);
                    ps.setString(3, c.action());
                    ps.setString(4, c.entityType());
                    ps.setString(5, c.entityId());
                    ps.setString(6, c.before() == null ? null : JSON.writeValueAsString(c.before()));
                    ps.setString(7, c.after() == null ? null : JSON.writeValueAsString(c.after()));
                });
    }

    /** The authenticated user's name, or {@code system} for work done by the platform itself. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    /** One audit record; {@code before} and {@code after} are {@code null} when absent. */
    public record Entry(long id, Instant at, String actor, String action, JsonNode before, JsonNode after) {
    }

    /** A page of one entity's audit trail, newest first. */
    public List<Entry> entries(String entityType, String entityId, int page, int size) {
        return jdbc.sql("""
                SELECT id, at, actor, action, before::text AS before, after::text AS after
                  FROM ops.audit_log WHERE entity_type = :t AND entity_id = :id
                 ORDER BY id DESC LIMIT :size OFFSET :offset
                """).param("t", entityType).param("id", entityId).param("size", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), json(rs.getString("before")),
                        json(rs.getString("after"))))
                .list();
    }

    private static JsonNode json(String text) {
        return text == null ? null : JSON.readTree(text);
    }

    public java.util.List<Map<String, Object>> history(String entityType, String entityId) {
        return jdbc.sql("""
                SELECT at, actor, action, before::text AS before, after::text AS after
                  FROM ops.audit_log WHERE entity_type = :t AND entity_id = :id ORDER BY id
                """).param("t", entityType).param("id", entityId).query().listOfRows();
    }
}
