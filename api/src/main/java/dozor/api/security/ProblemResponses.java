package dozor.api.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Problem bodies for the security layer, which answers before any controller or advice runs. */
@Component
class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH);

    private final MessageSource messages;

    ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        // Ask for Basic credentials only when the caller is a script: a browser would pop up a dialog and then
        // send the cached credentials with every request, including forged cross-site ones.
        if (!fromBrowser(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Dozor\"");
        }
        write(request, response, 401, "unauthorized");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        // A missing CSRF token is refused before authentication; for an anonymous caller the real answer is
        // "log in first", not "your role may not".
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken
                || !auth.isAuthenticated()) {
            unauthorized(request, response, null);
            return;
        }
        write(request, response, 403, "forbidden");
    }

    void badCredentials(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, 401, "badCredentials");
    }

    void writeMe(HttpServletResponse response, AppUsers users, String username) throws IOException {
        response.setStatus(200);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), MeResponse.of(users.find(username).orElseThrow()));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        Locale locale = locale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://dozor.by/problems/" + key);
        body.put("title", messages.getMessage("problem." + key + ".title", null, locale));
        body.put("status", status);
        body.put("detail", messages.getMessage("problem." + key + ".detail", null, locale));
        body.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }

    private static boolean fromBrowser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("X-Requested-With") != null || (accept != null && accept.contains("text/html"));
    }

    private static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return SUPPORTED.get(0);
        }
        Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
        return match == null ? SUPPORTED.get(0) : match;
    }
}
