package dozor.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;

/** Every endpoint has an explicit rule: anonymous callers get 401 everywhere but on the public few. */
class SecurityRulesIntegrationTests extends ApiIntegrationTest {

    static final Set<String> PUBLIC = Set.of("GET /api/v1/auth/csrf", "GET /login", "GET /requests",
            "GET /requests/**", "GET /tasks", "GET /tasks/**", "GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config",
            "GET /swagger-ui.html", "GET /error", "POST /error", "PUT /error", "DELETE /error", "PATCH /error",
            "HEAD /error", "OPTIONS /error", "TRACE /error", "GET /v3/api-docs/{group}", "GET /v3/api-docs.yaml/{group}",
            "GET /figures", "GET /settings", "GET /settings/**", "GET /stock", "GET /stock/**",
            "GET /procurement", "GET /procurement/**",
            "GET /survey/*", "GET /api/public/v1/surveys/{token}", "POST /api/public/v1/surveys/{token}",
            "GET /logistics", "GET /logistics/**");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anonymousCallersAreTurnedAwayFromEveryNonPublicEndpoint() {
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String key = m + " " + pattern;
                    if (PUBLIC.contains(key)) {
                        continue;
                    }
                    String path = pattern.replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
                    TestHttp anonymous = anonymous();
                    int status = switch (m) {
                        case POST -> anonymous.post(path, "{}").status();
                        case GET -> anonymous.get(path).status();
                        case PUT -> anonymous.put(path, "{}").status();
                        case DELETE -> anonymous.delete(path).status();
                        default -> -1;
                    };
                    checked.add(key);
                    if (status != 401) {
                        wrong.add(key + " -> " + status);
                    }
                }
            }
        });
        assertThat(checked).contains("POST /api/v1/requests", "GET /api/v1/requests/{id}", "POST /api/v1/jobs/{jobName}",
                "GET /api/v1/users", "GET /api/v1/me");
        assertThat(wrong).isEmpty();
    }

    @Test
    void rolesAreCheckedPerEndpoint() {
        Map<String, Integer> expectations = Map.of(
                "ANALYST GET /api/v1/requests", 403,
                "ENGINEER POST /api/v1/jobs/dw-refresh", 403,
                "DISPATCHER GET /api/v1/users", 403,
                "DISPATCHER GET /actuator/prometheus", 403,
                "ADMIN GET /actuator/prometheus", 200,
                "ANALYST GET /api/v1/me", 200);
        expectations.forEach((call, expected) -> {
            String[] parts = call.split(" ");
            TestHttp http = as(Role.valueOf(parts[0]));
            int status = parts[1].equals("GET") ? http.get(parts[2]).status() : http.post(parts[2], "").status();
            assertThat(status).as(call).isEqualTo(expected);
        });
    }

    @Test
    void theWebUiLogsInWithASessionAndACsrfToken() {
        TestHttp browser = anonymous().header("X-Requested-With", "XMLHttpRequest");
        var csrf = browser.get("/api/v1/auth/csrf");
        assertThat(csrf.status()).isEqualTo(200);
        String token = browser.cookie("XSRF-TOKEN");
        assertThat(token).isNotBlank();

        var withoutToken = anonymous().postForm("/api/v1/auth/login", Map.of("username", "dispatcher", "password",
                PASSWORD));
        assertThat(withoutToken.status()).isEqualTo(401);
        assertThat(withoutToken.header("WWW-Authenticate")).as("a browser is never asked for Basic").isNotNull();

        var wrongPassword = new TestHttp(baseUrl()).postForm("/api/v1/auth/login", Map.of("username", "dispatcher",
                "password", "nope"));
        assertThat(wrongPassword.status()).isEqualTo(401);

        browser.header("X-XSRF-TOKEN", token);
        var login = browser.postForm("/api/v1/auth/login", Map.of("username", "dispatcher", "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("roles").get(0).asString()).isEqualTo("DISPATCHER");
        assertThat(browser.get("/api/v1/me").json().get("username").asString()).isEqualTo("dispatcher");

        // The token rotates at login; a write with the old one is refused, with the new one accepted.
        var stale = browser.post("/api/v1/requests", "{}");
        assertThat(stale.status()).isEqualTo(403);
        browser.header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
        var body = Map.of("customerName", "Иванов", "contactPhone", "+375291112233", "deviceModel", "DVR",
                "problemDescription", "Не включается", "priority", "P3");
        assertThat(browser.post("/api/v1/requests", body).status()).isEqualTo(201);

        browser.header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
        assertThat(browser.post("/api/v1/auth/logout", "").status()).isEqualTo(204);
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
    }
}
