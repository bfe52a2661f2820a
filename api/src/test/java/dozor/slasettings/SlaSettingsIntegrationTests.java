package dozor.slasettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SlaSettingsIntegrationTests extends ApiIntegrationTest {

    long published() {
        return jdbc.sql("SELECT count(*) FROM ops.outbox WHERE event_type = 'SlaSettingsPublished'").query(Long.class)
                .single();
    }

    @Test
    void startsWithTheDefaultsPublishedOnce() {
        JsonNode calendars = as(Role.DISPATCHER).get("/api/v1/settings/sla/calendars").json();
        assertThat(calendars.has("support")).isTrue();
        assertThat(calendars.has("office")).isTrue();
        assertThat(calendars.get("office").get("weekly").get("MONDAY").toString()).contains("09:00-13:00")
                .contains("14:00-18:00");
        assertThat(calendars.get("support").get("exceptions").toString()).contains("2026-04-21").contains("HOLIDAY");
        assertThat(published()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anAdministratorEditsThePolicyAndEveryEditIsPublished() {
        TestHttp admin = as(Role.ADMIN);
        ObjectNode policy = (ObjectNode) admin.get("/api/v1/settings/sla/policy").json();
        int version = policy.get("version").asInt();
        ((ObjectNode) policy.get("targets").get("*").get("P1")).put("firstResponse", "PT2H");
        long before = published();

        var saved = admin.put("/api/v1/settings/sla/policy", policy);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(version + 1);
        assertThat(saved.json().get("targets").get("*").get("P1").get("firstResponse").asString()).isEqualTo("PT2H");
        assertThat(published()).isEqualTo(before + 1);
        String payload = jdbc.sql("SELECT payload::text FROM ops.outbox WHERE event_type = 'SlaSettingsPublished' "
                + "ORDER BY id DESC LIMIT 1").query(String.class).single();
        assertThat(payload).contains("PT2H").contains("\"office\"");

        assertThat(as(Role.DISPATCHER).put("/api/v1/settings/sla/policy", policy).status()).isEqualTo(403);
        ((ObjectNode) policy).put("supportCalendar", "nowhere");
        assertThat(admin.put("/api/v1/settings/sla/policy", policy).status()).isEqualTo(400);
    }

    @Test
    void aCalendarWithABreakIsSavedAndABrokenOneIsRefusedWithNothingWritten() {
        TestHttp admin = as(Role.ADMIN);
        Map<String, Object> repairLine = Map.of("id", "repair-line", "zone", "Europe/Minsk", "weekly",
                Map.of("MONDAY", List.of("08:00-12:00", "12:30-20:30"), "TUESDAY", List.of("08:00-12:00", "12:30-20:30")),
                "exceptions", List.of(Map.of("date", "2026-05-01", "kind", "HOLIDAY", "name", "Праздник труда")));
        var saved = admin.put("/api/v1/settings/sla/calendars/repair-line", repairLine);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("weekly").get("MONDAY").toString()).contains("12:30-20:30");

        long before = published();
        Map<String, Object> overlapping = Map.of("id", "broken", "zone", "Europe/Minsk", "weekly",
                Map.of("MONDAY", List.of("08:00-12:00", "11:00-13:00")), "exceptions", List.of());
        var refused = admin.put("/api/v1/settings/sla/calendars/broken", overlapping);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(published()).isEqualTo(before);
        assertThat(admin.get("/api/v1/settings/sla/calendars/broken").status()).isEqualTo(404);

        var days = admin.put("/api/v1/settings/sla/calendars/repair-line/days",
                List.of(Map.of("date", "2026-05-09", "kind", "HOLIDAY", "name", "День Победы")));
        assertThat(days.status()).isEqualTo(200);
        assertThat(days.json().get("version").asInt()).isEqualTo(saved.json().get("version").asInt() + 1);
        assertThat(days.json().get("exceptions").toString()).contains("2026-05-09").doesNotContain("2026-05-01");
    }
}
