package dozor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();

    @Test
    void aDispatcherRegistersARequestThroughTheWebUi() throws Exception {
        Path data = Files.createTempDirectory("dozor-web");
        Path screenshots = Path.of("target", "e2e-screenshots").toAbsolutePath();
        String password = "web-test-admin";
        try (LocalPlatform platform = LocalPlatform.start(LocalOptions.forTests(data, password,
                Map.of("dozor.batch.dw-refresh.scheduled", "false")).withDemoData(true))) {
            ProcessBuilder node = new ProcessBuilder("node", "e2e/create-request.e2e.mjs").directory(WEB.toFile())
                    .redirectErrorStream(true);
            node.environment().put("DOZOR_BASE_URL", "http://127.0.0.1:" + platform.webPort());
            node.environment().put("DOZOR_USER", "admin");
            node.environment().put("DOZOR_PASSWORD", password);
            node.environment().put("DOZOR_SCREENSHOT_DIR", screenshots.toString());
            Process process = node.start();
            boolean finished = process.waitFor(180, TimeUnit.SECONDS);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!finished) {
                process.destroyForcibly();
            }
            System.out.println(output);
            assertThat(finished).as("the browser flow finished").isTrue();
            assertThat(process.exitValue()).as(output).isZero();

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
