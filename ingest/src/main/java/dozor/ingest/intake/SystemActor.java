package dozor.ingest.intake;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work done on behalf of an outside system rather than a user: for its duration the audit log, the requests'
 * {@code registeredBy} and every other "who" read the system's name (e.g. {@code crm}). The caller's security
 * context is restored afterwards; nothing is stored in a session.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static <T> T run(String name, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
