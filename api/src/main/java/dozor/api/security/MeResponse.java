package dozor.api.security;

import java.util.List;

/** Who is logged in, as the web UI needs it. */
record MeResponse(String username, String displayName, List<String> roles, String locale) {

    static MeResponse of(AppUser user) {
        return new MeResponse(user.username(), user.displayName(), user.roles().stream().map(Role::name).toList(),
                user.locale());
    }
}
