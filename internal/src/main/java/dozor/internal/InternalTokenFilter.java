package dozor.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Internal endpoints answer only the api, which sends the shared token. The port is also bound to loopback
 * in the local mode and kept off the ingress in production.
 */
public class InternalTokenFilter extends OncePerRequestFilter {

    /** The header the api sends the shared token in. */
    public static final String HEADER = "X-Dozor-Internal-Token";

    private final byte[] token;

    /** An empty token switches the check off (a deployment that isolates the port by network instead). */
    public InternalTokenFilter(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/internal/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        if (token.length > 0 && (given == null
                || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8)))) {
            response.setStatus(401);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"Internal token required\",\"status\":401}");
            return;
        }
        chain.doFilter(request, response);
    }
}
