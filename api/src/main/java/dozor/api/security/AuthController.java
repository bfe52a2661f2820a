package dozor.api.security;

import java.security.Principal;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The session side of authentication. Login ({@code POST /api/v1/auth/login}, form fields username and
 * password) and logout ({@code POST /api/v1/auth/logout}) are served by Spring Security itself.
 */
@RestController
@Tag(name = "Auth")
class AuthController {

    private final AppUsers users;

    AuthController(AppUsers users) {
        this.users = users;
    }

    /** Issues the CSRF cookie the web UI echoes in {@code X-XSRF-TOKEN}. */
    @GetMapping("/api/v1/auth/csrf")
    @Operation(summary = "Get a CSRF token (also set as the XSRF-TOKEN cookie)")
    CsrfResponse csrf(CsrfToken token) {
        return new CsrfResponse(token.getHeaderName(), token.getToken());
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The logged-in user")
    MeResponse me(Principal principal) {
        return MeResponse.of(users.find(principal.getName()).orElseThrow());
    }

    record CsrfResponse(String headerName, String token) {
    }
}
