package dozor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dozor.embedded.SharedEmbeddedServers;
import dozor.testing.TestHttp;

/**
 * The web UI in real headless Chromium (Debian's, driven by playwright-core) against the real platform: log in,
 * register a request through the form, see its live SLA on the card, find it in the list. Screenshots land in
 * local/target/e2e-screenshots.
 */
class WebUiFunctionalTests {

    @Test
    void aDispatcherRegistersARequestThroughTheWebUi() throws Exception {
        Path data = Files.createTempDirectory("dozor-web");
        Path screenshots = Path.of("target", "e2e-screenshots").toAbsolutePath();
        String password = "web-test-admin";
        try (LocalPlatform platform = LocalPlatform.start(LocalOptions.forTests(data, password,
                Map.of("dozor.batch.dw-refresh.scheduled", "false")).withDemoData(true))) {
            String output = BrowserFlows.run("create-request.e2e.mjs", "http://127.0.0.1:" + platform.webPort(),
                    password, screenshots, 180);

            Matcher number = Pattern.compile("REQUEST_NUMBER=(\\S+)").matcher(output);
            assertThat(number.find()).as(output).isTrue();
            var list = new TestHttp("http://127.0.0.1:" + platform.webPort()).basic("admin", password)
                    .get("/api/v1/requests?size=5").json();
            assertThat(list.get("items").get(0).get("number").asString()).isEqualTo(number.group(1));
            for (String shot : new String[] { "login.png", "request-form.png", "request-card.png",
                    "request-list.png" }) {
                assertThat(screenshots.resolve(shot)).exists();
            }
        }
        finally {
            SharedEmbeddedServers.deleteQuietly(data);
        }
    }
}
