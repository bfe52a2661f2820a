package dozor.requests.internal;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.requests.Priority;
import dozor.requests.PriorityRule;

/** Table {@code ops.priority_rule}; read at every registration so that an edit takes effect at once. */
@Repository
public class PriorityRules {

    private final JdbcClient jdbc;

    PriorityRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PriorityRule> all() {
        return jdbc.sql("SELECT * FROM ops.priority_rule ORDER BY priority, kind, match").query((rs, i) ->
                new PriorityRule(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("match"),
                        Priority.valueOf(rs.getString("priority")), rs.getString("description"),
                        rs.getBoolean("active"))).list();
    }

    /** Replaces the whole rule set (the admin edits it as one table). */
    public void replaceAll(List<PriorityRule> rules) {
        for (PriorityRule rule : rules) {
            if ("KEYWORD".equals(rule.kind())) {
                try {
                    Pattern.compile(rule.match());
                }
                catch (PatternSyntaxException ex) {
                    throw new IllegalArgumentException("Неверное регулярное выражение: " + rule.match());
                }
            }
        }
        jdbc.sql("DELETE FROM ops.priority_rule").update();
        for (PriorityRule rule : rules) {
            jdbc.sql("""
                    INSERT INTO ops.priority_rule (id, kind, match, priority, description, active)
                    VALUES (:id, :kind, :match, :priority, :description, :active)
                    """).param("id", rule.id() == null ? UUID.randomUUID() : rule.id()).param("kind", rule.kind())
                    .param("match", rule.match()).param("priority", rule.priority().name())
                    .param("description", rule.description()).param("active", rule.active()).update();
        }
    }
}
