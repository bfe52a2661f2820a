package dozor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs one of the browser flows of {@code web/e2e} (node, playwright-core, Debian's Chromium) against a platform. */
final class BrowserFlows {

    static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();

    private BrowserFlows() {
    }

    /**
     * Runs {@code web/e2e/<script>} as {@code admin} and returns what it printed, after asserting that it finished
     * within {@code timeoutSeconds} and exited 0. Its output goes to a file, so a chatty flow cannot block on a full
     * pipe.
     */
    static String run(String script, String baseUrl, String password, Path screenshots, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("dozor-e2e", ".log");
        try {
            ProcessBuilder node = new ProcessBuilder("node", "e2e/" + script).directory(WEB.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            node.environment().put("DOZOR_BASE_URL", baseUrl);
            node.environment().put("DOZOR_USER", "admin");
            node.environment().put("DOZOR_PASSWORD", password);
            node.environment().put("DOZOR_SCREENSHOT_DIR", screenshots.toString());
            Process process = node.start();
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println(output);
            assertThat(finished).as("the browser flow finished: " + output).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            return output;
        }
        finally {
            Files.deleteIfExists(log);
        }
    }

    /** The value a flow printed as {@code NAME=value} on a line of its own; fails the test if it printed none. */
    static String printed(String output, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "=(.+)$").matcher(output);
        assertThat(m.find()).as(name + " in:\n" + output).isTrue();
        return m.group(1).trim();
    }
}
