package dozor.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document is served, and describes every call the web UI's typed clients make. */
class OpenApiIntegrationTests extends ApiIntegrationTest {

    @Test
    void describesEveryEndpointTheWebUiCalls() throws Exception {
        var response = anonymous().get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        JsonNode used = TestHttp.JSON.readTree(Files.readString(Path.of("..", "web", "openapi-paths.json")));
        List<String> missing = new ArrayList<>();
        for (JsonNode call : used) {
            String[] parts = call.asString().split(" ", 2);
            JsonNode item = paths.get(parts[1]);
            if (item == null || item.get(parts[0].toLowerCase()) == null) {
                missing.add(call.asString());
            }
        }
        assertThat(used.size()).isGreaterThan(3);
        assertThat(missing).isEmpty();
        assertThat(anonymous().get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void reportsHealthAndMetrics() {
        assertThat(anonymous().get("/actuator/health").body()).contains("\"UP\"");
        var metrics = as(dozor.api.security.Role.ADMIN).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("dozor_outbox_pending").contains("http_server_requests");
    }
}
