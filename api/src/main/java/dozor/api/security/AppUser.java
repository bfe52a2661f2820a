package dozor.api.security;

import java.util.Set;
import java.util.UUID;

/** A person who logs in to Dozor. The password hash never leaves the security package. */
public record AppUser(UUID id, String username, String displayName, String locale, boolean enabled,
        Set<Role> roles) {
}
