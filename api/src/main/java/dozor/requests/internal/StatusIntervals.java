package dozor.requests.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.requests.RequestStatus;
import dozor.requests.StatusInterval;

/** Table {@code ops.request_status_interval}: one open interval per request, closed when the status changes. */
@Repository
public class StatusIntervals {

    private final JdbcClient jdbc;

    StatusIntervals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void enter(UUID requestId, RequestStatus status, Instant at, String actor, String action, String reason) {
        jdbc.sql("UPDATE ops.request_status_interval SET left_at = :at WHERE request_id = :id AND left_at IS NULL")
                .param("id", requestId).param("at", Timestamp.from(at)).update();
        jdbc.sql("""
                INSERT INTO ops.request_status_interval (request_id, status, entered_at, entered_by, action, reason)
                VALUES (:id, :status, :at, :actor, :action, :reason)
                """).param("id", requestId).param("status", status.name()).param("at", Timestamp.from(at))
                .param("actor", actor).param("action", action).param("reason", reason).update();
    }

    public List<StatusInterval> of(UUID requestId) {
        return jdbc.sql("""
                SELECT status, entered_at, left_at, entered_by, action, reason FROM ops.request_status_interval
                 WHERE request_id = :id ORDER BY entered_at, id
                """).param("id", requestId).query((rs, i) -> new StatusInterval(
                        RequestStatus.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
    }
}
