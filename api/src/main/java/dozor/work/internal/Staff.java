package dozor.work.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dozor.work.Department;

/**
 * Who can take a department's tasks: the enabled users with the department's role, limited to their
 * qualifications when they have any recorded. Picks the least loaded one (ties by name, so it is predictable).
 */
@Component
public class Staff {

    private final JdbcClient jdbc;

    private final WorkTasks tasks;

    Staff(JdbcClient jdbc, WorkTasks tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    public List<String> qualified(Department department, String deviceType) {
        return jdbc.sql("""
                SELECT u.username FROM ops.app_user u
                  JOIN ops.app_user_role r ON r.user_id = u.id AND r.role = :role
                 WHERE u.enabled
                   AND (NOT EXISTS (SELECT 1 FROM ops.staff_qualification q WHERE q.username = u.username)
                        OR EXISTS (SELECT 1 FROM ops.staff_qualification q
                                    WHERE q.username = u.username AND q.device_type = :deviceType))
                 ORDER BY u.username
                """).param("role", department.staffRole()).param("deviceType", deviceType).query(String.class).list();
    }

    public Optional<String> leastLoaded(Department department, String deviceType) {
        return qualified(department, deviceType).stream()
                .min(Comparator.comparingInt(tasks::openTasksOf).thenComparing(Comparator.naturalOrder()));
    }

    public boolean isHeadOf(Department department, String username) {
        return jdbc.sql("SELECT count(*) FROM ops.department WHERE code = :d AND head_username = :u")
                .param("d", department.name()).param("u", username).query(Long.class).single() > 0;
    }

    public Optional<String> headOf(Department department) {
        return jdbc.sql("SELECT head_username FROM ops.department WHERE code = :d").param("d", department.name())
                .query(String.class).optional();
    }
}
