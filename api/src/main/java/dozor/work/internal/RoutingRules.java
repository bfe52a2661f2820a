package dozor.work.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.work.RoutingRule;
import dozor.work.TaskKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Table {@code ops.routing_rule}. */
@Repository
public class RoutingRules {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    RoutingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RoutingRule> all() {
        return jdbc.sql("SELECT id, position, category, device_type, region, tier, plan::text, description, active "
                + "FROM ops.routing_rule ORDER BY position").query((rs, i) -> new RoutingRule(
                        rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), parsePlan(rs.getString(7)), rs.getString(8), rs.getBoolean(9))).list();
    }

    /** The first active rule whose conditions all hold. */
    public Optional<RoutingRule> match(String category, String deviceType, String region, String tier) {
        return all().stream().filter(RoutingRule::active)
                .filter(r -> r.category() == null || r.category().equals(category))
                .filter(r -> r.deviceType() == null || r.deviceType().equals(deviceType))
                .filter(r -> r.region() == null || r.region().equalsIgnoreCase(region == null ? "" : region))
                .filter(r -> r.tier() == null || r.tier().equals(tier))
                .findFirst();
    }

    public void replaceAll(List<RoutingRule> rules) {
        jdbc.sql("DELETE FROM ops.routing_rule").update();
        for (RoutingRule r : rules) {
            ArrayNode plan = JSON.createArrayNode();
            for (RoutingRule.PlannedTask t : r.plan()) {
                var node = plan.addObject().put("kind", t.kind().name());
                if (t.after() != null) {
                    node.put("after", t.after().name());
                }
            }
            jdbc.sql("""
                    INSERT INTO ops.routing_rule (id, position, category, device_type, region, tier, plan, description,
                        active)
                    VALUES (:id, :position, :category, :deviceType, :region, :tier, CAST(:plan AS jsonb), :description,
                        :active)
                    """).param("id", r.id() == null ? UUID.randomUUID() : r.id()).param("position", r.position())
                    .param("category", r.category()).param("deviceType", r.deviceType()).param("region", r.region())
                    .param("tier", r.tier()).param("plan", JSON.writeValueAsString(plan))
                    .param("description", r.description()).param("active", r.active()).update();
        }
    }

    static List<RoutingRule.PlannedTask> parsePlan(String json) {
        List<RoutingRule.PlannedTask> plan = new ArrayList<>();
        for (JsonNode node : JSON.readTree(json)) {
            plan.add(new RoutingRule.PlannedTask(TaskKind.valueOf(node.get("kind").asString()),
                    node.hasNonNull("after") ? TaskKind.valueOf(node.get("after").asString()) : null));
        }
        return plan;
    }
}
