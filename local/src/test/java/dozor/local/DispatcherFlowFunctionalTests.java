package dozor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dozor.embedded.SharedEmbeddedServers;
import dozor.testing.TestHttp;

/**
 * A request's whole life in the web UI, in real headless Chromium against the real platform: register, triage, the
 * routed tasks completed from the departments' queues, close, the customer's survey answered through its one-time
 * link, the answer on the card (web/e2e/dispatcher-flow.e2e.mjs). Screenshots land in
 * local/target/e2e-screenshots/dispatcher-flow.
 */
class DispatcherFlowFunctionalTests {

    static final String[] SCREENSHOTS = { "queue.png", "request-form.png", "card-new.png", "card-triaged.png",
            "department-tasks.png", "card-tasks-done.png", "survey.png", "survey-filled.png", "survey-thanks.png",
            "card-survey-answer.png", "notifications.png", "queue-phone.png", "card-phone.png" };

    @Test
    void aRequestGoesFromRegistrationToAnsweredSurveyThroughTheWebUi() throws Exception {
        Path data = Files.createTempDirectory("dozor-flow");
        Path screenshots = Path.of("target", "e2e-screenshots", "dispatcher-flow").toAbsolutePath();
        String password = "flow-test-admin";
        try (LocalPlatform platform = LocalPlatform.start(LocalOptions.forTests(data, password,
                Map.of("dozor.batch.dw-refresh.scheduled", "false")).withDemoData(true))) {
            String baseUrl = "http://127.0.0.1:" + platform.webPort();
            String output = BrowserFlows.run("dispatcher-flow.e2e.mjs", baseUrl, password, screenshots, 300);

            Matcher id = Pattern.compile("REQUEST_ID=(\\S+)").matcher(output);
            assertThat(id.find()).as(output).isTrue();
            TestHttp admin = new TestHttp(baseUrl).basic("admin", password);
            JsonNode request = admin.get("/api/v1/requests/" + id.group(1)).json();
            assertThat(request.get("status").asString()).isEqualTo("CLOSED");
            JsonNode survey = admin.get("/api/v1/requests/" + id.group(1) + "/survey").json();
            assertThat(survey.get("answeredAt").isNull()).as(survey.toString()).isFalse();
            assertThat(survey.get("csat").asInt()).isEqualTo(4);
            assertThat(survey.get("nps").asInt()).isEqualTo(9);
            for (String shot : SCREENSHOTS) {
                assertThat(screenshots.resolve(shot)).exists();
            }
        }
        finally {
            SharedEmbeddedServers.deleteQuietly(data);
        }
    }
}
