package dozor.local;

import static dozor.local.BrowserFlows.printed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dozor.embedded.SharedEmbeddedServers;
import dozor.testing.TestHttp;

/**
 * The administrator's pages in real headless Chromium against the real platform (web/e2e/admin-pages.e2e.mjs): the
 * live figures on a desk and on a phone, the SLA policy, a holiday added to a calendar, a routing rule edited, a
 * notification choice, a server-side field message; then the API is asked whether each change was stored.
 * Screenshots land in local/target/e2e-screenshots/admin-pages.
 */
class AdminPagesFunctionalTests {

    static final String[] SCREENSHOTS = { "figures.png", "figures-phone.png", "sla-policy.png", "calendars.png",
            "routing-rules.png", "priority-rules.png", "notifications-error.png", "notification-settings.png" };

    @Test
    void anAdministratorReadsTheFiguresAndChangesTheSettingsThroughTheWebUi() throws Exception {
        Path data = Files.createTempDirectory("dozor-admin");
        Path screenshots = Path.of("target", "e2e-screenshots", "admin-pages").toAbsolutePath();
        String password = "admin-pages-test";
        try (LocalPlatform platform = LocalPlatform.start(LocalOptions.forTests(data, password,
                Map.of("dozor.batch.dw-refresh.scheduled", "false")).withDemoData(true))) {
            String baseUrl = "http://127.0.0.1:" + platform.webPort();
            String output = BrowserFlows.run("admin-pages.e2e.mjs", baseUrl, password, screenshots, 300);

            TestHttp admin = new TestHttp(baseUrl).basic("admin", password);
            JsonNode policy = admin.get("/api/v1/settings/sla/policy").json();
            double warnPercent = Double.parseDouble(printed(output, "POLICY_WARN_PERCENT"));
            assertThat(policy.get("warnAt").asDouble() * 100).as(policy.toString())
                    .isCloseTo(warnPercent, Offset.offset(0.001));

            JsonNode calendar = admin.get("/api/v1/settings/sla/calendars/" + printed(output, "CALENDAR_ID")).json();
            String holiday = printed(output, "HOLIDAY_DATE");
            assertThat(StreamSupport.stream(calendar.get("exceptions").spliterator(), false)
                    .filter(day -> day.get("date").asString().equals(holiday)).map(day -> day.get("kind").asString()))
                    .as(calendar.toString()).containsExactly("HOLIDAY");

            JsonNode rules = admin.get("/api/v1/settings/routing-rules").json();
            String description = printed(output, "ROUTING_DESCRIPTION");
            assertThat(StreamSupport.stream(rules.spliterator(), false).map(rule -> rule.get("description").asString()))
                    .contains(description);

            JsonNode preferences = admin.get("/api/v1/notifications/preferences").json();
            assertThat(preferences.get("matrix").get("SLA_BREACHED").get("EMAIL").asBoolean())
                    .isEqualTo(Boolean.parseBoolean(printed(output, "EMAIL_ON_BREACH")));
            assertThat(preferences.get("addresses").get("email").asString()).isEqualTo("admin.check@dozor.by");

            for (String shot : SCREENSHOTS) {
                assertThat(screenshots.resolve(shot)).exists();
            }
        }
        finally {
            SharedEmbeddedServers.deleteQuietly(data);
        }
    }
}
