package dozor.queue.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.queue.QueueEntry;
import dozor.queue.QueueFilter;
import dozor.queue.QueueSort;
import dozor.shared.Minsk;

/** Table {@code ops.request_queue}: the read model, and the filtered, sorted, paged queries over it. */
@Repository
public class QueueStore {

    private final JdbcClient jdbc;

    private final NamedParameterJdbcTemplate named;

    QueueStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public void upsertRequest(UUID id, String number, UUID customerId, String customerName, String category,
            String deviceType, String deviceModel, String priority, String status, Instant registeredAt,
            Instant statusChangedAt, String duplicateState, String baseText) {
        jdbc.sql("""
                INSERT INTO ops.request_queue (request_id, number, customer_id, customer_name, category, device_type,
                    device_model, priority, status, registered_at, status_changed_at, duplicate_state, base_text)
                VALUES (:id, :number, :customerId, :customerName, :category, :deviceType, :deviceModel, :priority,
                    :status, :registeredAt, :statusChangedAt, :duplicateState, :baseText)
                ON CONFLICT (request_id) DO UPDATE SET customer_name = EXCLUDED.customer_name,
                    category = EXCLUDED.category, device_type = EXCLUDED.device_type,
                    device_model = EXCLUDED.device_model, priority = EXCLUDED.priority, status = EXCLUDED.status,
                    status_changed_at = EXCLUDED.status_changed_at, duplicate_state = EXCLUDED.duplicate_state,
                    base_text = EXCLUDED.base_text
                """).param("id", id).param("number", number).param("customerId", customerId)
                .param("customerName", customerName).param("category", category).param("deviceType", deviceType)
                .param("deviceModel", deviceModel).param("priority", priority).param("status", status)
                .param("registeredAt", Timestamp.from(registeredAt))
                .param("statusChangedAt", Timestamp.from(statusChangedAt)).param("duplicateState", duplicateState)
                .param("baseText", baseText).update();
    }

    public void setWork(UUID id, List<String> departments, List<String> assignees) {
        jdbc.sql("UPDATE ops.request_queue SET departments = :d, assignees = :a WHERE request_id = :id")
                .param("id", id).param("d", departments.toArray(String[]::new))
                .param("a", assignees.toArray(String[]::new)).update();
    }

    public void appendText(UUID id, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        jdbc.sql("UPDATE ops.request_queue SET extra_text = extra_text || ' ' || :t WHERE request_id = :id")
                .param("id", id).param("t", text).update();
    }

    public void setSla(UUID id, String state, Instant dueAt) {
        jdbc.sql("""
                UPDATE ops.request_queue SET sla_state = :state, sla_due_at = :due
                 WHERE request_id = :id AND (sla_state IS DISTINCT FROM 'BREACHED' OR :state <> 'RUNNING')
                """).param("id", id).param("state", state)
                .param("due", dueAt == null ? null : Timestamp.from(dueAt)).update();
    }

    public List<QueueEntry> page(QueueFilter filter, QueueSort sort, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        return named.query("SELECT * FROM ops.request_queue" + where + " ORDER BY " + sort.sql()
                + " LIMIT :limit OFFSET :offset", params, QueueStore::map);
    }

    public long count(QueueFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return named.queryForObject("SELECT count(*) FROM ops.request_queue" + where(filter, params), params,
                Long.class);
    }

    /** Every matching entry in order, streamed (for exports), up to {@code max}. */
    public void each(QueueFilter filter, QueueSort sort, int max, Consumer<QueueEntry> consumer) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        params.addValue("limit", max);
        named.query("SELECT * FROM ops.request_queue" + where + " ORDER BY " + sort.sql() + " LIMIT :limit", params,
                rs -> {
                    consumer.accept(map(rs, 0));
                });
    }

    static String where(QueueFilter f, MapSqlParameterSource params) {
        List<String> clauses = new ArrayList<>();
        if (f.q() != null && !f.q().isBlank()) {
            clauses.add("(search_vector @@ websearch_to_tsquery('russian', :q) OR number ILIKE '%' || :q || '%')");
            params.addValue("q", f.q().strip());
        }
        in(clauses, params, "status", f.statuses());
        in(clauses, params, "priority", f.priorities());
        in(clauses, params, "category", f.categories());
        in(clauses, params, "sla_state", f.slaStates());
        if (f.department() != null) {
            clauses.add(":department = ANY (departments)");
            params.addValue("department", f.department());
        }
        if (f.assignee() != null) {
            clauses.add(":assignee = ANY (assignees)");
            params.addValue("assignee", f.assignee());
        }
        if (f.customerId() != null) {
            clauses.add("customer_id = :customerId");
            params.addValue("customerId", f.customerId());
        }
        if (f.from() != null) {
            clauses.add("registered_at >= :from");
            params.addValue("from", Timestamp.from(f.from().atStartOfDay(Minsk.ZONE).toInstant()));
        }
        if (f.to() != null) {
            clauses.add("registered_at < :to");
            params.addValue("to", Timestamp.from(f.to().plusDays(1).atStartOfDay(Minsk.ZONE).toInstant()));
        }
        if (f.duplicatesOnly()) {
            clauses.add("duplicate_state = 'SUSPECTED'");
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static void in(List<String> clauses, MapSqlParameterSource params, String column,
            java.util.Set<String> values) {
        if (values != null && !values.isEmpty()) {
            clauses.add(column + " IN (:" + column + ")");
            params.addValue(column, values);
        }
    }

    static QueueEntry map(ResultSet rs, int row) throws SQLException {
        return new QueueEntry(rs.getObject("request_id", UUID.class), rs.getString("number"),
                rs.getObject("customer_id", UUID.class), rs.getString("customer_name"), rs.getString("category"),
                rs.getString("device_type"), rs.getString("device_model"), rs.getString("priority"),
                rs.getString("status"), rs.getTimestamp("registered_at").toInstant(),
                rs.getTimestamp("status_changed_at").toInstant(), list(rs.getArray("departments")),
                list(rs.getArray("assignees")), rs.getString("duplicate_state"), rs.getString("sla_state"),
                rs.getTimestamp("sla_due_at") == null ? null : rs.getTimestamp("sla_due_at").toInstant());
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

}
