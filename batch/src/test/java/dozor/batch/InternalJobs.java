package dozor.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The batch app's internal jobs endpoints, as the api calls them (with the shared internal token). */
public final class InternalJobs {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    public InternalJobs(int port) {
        this.port = port;
    }

    public HttpResponse<String> post(String path) throws Exception {
        return HTTP.send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Starts {@code job} (with its query, e.g. {@code ?from=2026-04-01}) and waits until it has ended. */
    public JsonNode runToEnd(String job, String query) throws Exception {
        var started = post("/internal/v1/jobs/" + job + query);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long id = JSON.readTree(started.body()).get("executionId").asLong();
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = JSON.readTree(get("/internal/v1/jobs/" + id).body());
            String status = last[0].get("status").asString();
            return !status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING");
        });
        return last[0];
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("X-Dozor-Internal-Token", "test-token");
    }
}
