package dozor.api.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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
