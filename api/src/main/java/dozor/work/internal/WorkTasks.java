package dozor.work.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.work.Department;
import dozor.work.TaskKind;
import dozor.work.TaskStatus;
import dozor.work.WorkTaskView;

/** Table {@code ops.work_task}. */
@Repository
public class WorkTasks {

    private final JdbcClient jdbc;

    WorkTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkTaskView t) {
        jdbc.sql("""
                INSERT INTO ops.work_task (id, request_id, kind, department, assignee, status, depends_on,
                    planned_due_at, created_at, note)
                VALUES (:id, :request, :kind, :department, :assignee, :status, :dependsOn, :due, :created, :note)
                """).param("id", t.id()).param("request", t.requestId()).param("kind", t.kind().name())
                .param("note", t.note())
                .param("department", t.department().name()).param("assignee", t.assignee())
                .param("status", t.status().name()).param("dependsOn", t.dependsOn())
                .param("due", t.plannedDueAt() == null ? null : Timestamp.from(t.plannedDueAt()))
                .param("created", Timestamp.from(t.createdAt())).update();
    }

    /** Writes status, assignee, times and note if the row is unchanged since it was read; false otherwise. */
    public boolean update(WorkTaskView t) {
        return jdbc.sql("""
                UPDATE ops.work_task SET assignee = :assignee, status = :status, started_at = :started,
                       done_at = :done, note = :note, depends_on = :dependsOn, version = version + 1
                 WHERE id = :id AND version = :version
                """).param("id", t.id()).param("version", t.version()).param("assignee", t.assignee())
                .param("status", t.status().name()).param("dependsOn", t.dependsOn())
                .param("started", t.startedAt() == null ? null : Timestamp.from(t.startedAt()))
                .param("done", t.doneAt() == null ? null : Timestamp.from(t.doneAt())).param("note", t.note())
                .update() == 1;
    }

    public Optional<WorkTaskView> find(UUID id) {
        return jdbc.sql("SELECT * FROM ops.work_task WHERE id = :id").param("id", id).query(WorkTasks::map).optional();
    }

    public Optional<WorkTaskView> lock(UUID id) {
        return jdbc.sql("SELECT * FROM ops.work_task WHERE id = :id FOR UPDATE").param("id", id)
                .query(WorkTasks::map).optional();
    }

    public List<WorkTaskView> ofRequest(UUID requestId) {
        return jdbc.sql("SELECT * FROM ops.work_task WHERE request_id = :id ORDER BY created_at, id")
                .param("id", requestId).query(WorkTasks::map).list();
    }

    public List<WorkTaskView> queue(Department department, String assignee, boolean openOnly, int limit) {
        return jdbc.sql("""
                SELECT * FROM ops.work_task
                 WHERE (CAST(:department AS text) IS NULL OR department = :department)
                   AND (CAST(:assignee AS text) IS NULL OR assignee = :assignee)
                   AND (NOT :openOnly OR status IN ('OPEN', 'IN_PROGRESS'))
                 ORDER BY planned_due_at NULLS LAST, created_at LIMIT :limit
                """).param("department", department == null ? null : department.name()).param("assignee", assignee)
                .param("openOnly", openOnly).param("limit", limit).query(WorkTasks::map).list();
    }

    /** Open tasks per person of a department: the load that least-loaded assignment balances. */
    public int openTasksOf(String username) {
        return jdbc.sql("SELECT count(*) FROM ops.work_task WHERE assignee = :u AND status IN ('OPEN', 'IN_PROGRESS')")
                .param("u", username).query(Integer.class).single();
    }

    static WorkTaskView map(ResultSet rs, int row) throws SQLException {
        return new WorkTaskView(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                TaskKind.valueOf(rs.getString("kind")), Department.valueOf(rs.getString("department")),
                rs.getString("assignee"), TaskStatus.valueOf(rs.getString("status")),
                rs.getObject("depends_on", UUID.class), instant(rs, "planned_due_at"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "done_at"), rs.getString("note"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
