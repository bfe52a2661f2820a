package dozor.api.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.shared.Ids;

/** Users and their roles, stored in {@code ops.app_user} / {@code ops.app_user_role}; passwords hashed. */
@Component
public class AppUsers implements UserDetailsService {

    private final JdbcClient jdbc;

    private final PasswordEncoder passwords;

    private final AuditLog audit;

    AppUsers(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String hash, boolean enabled, String roles) {
        }
        Row row = jdbc.sql("""
                SELECT u.username, u.password_hash, u.enabled,
                       coalesce(string_agg(r.role, ',' ORDER BY r.role), '') AS roles
                  FROM ops.app_user u LEFT JOIN ops.app_user_role r ON r.user_id = u.id
                 WHERE u.username = :username GROUP BY u.id
                """).param("username", username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                .optional().orElseThrow(() -> new UsernameNotFoundException(username));
        List<SimpleGrantedAuthority> authorities = Arrays.stream(row.roles().split(",")).filter(r -> !r.isEmpty())
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        return User.withUsername(row.username()).password(row.hash()).disabled(!row.enabled())
                .authorities(authorities).build();
    }

    public Optional<AppUser> find(String username) {
        return jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.locale, u.enabled,
                       coalesce(string_agg(r.role, ',' ORDER BY r.role), '') AS roles
                  FROM ops.app_user u LEFT JOIN ops.app_user_role r ON r.user_id = u.id
                 WHERE u.username = :username GROUP BY u.id
                """).param("username", username).query((rs, n) -> new AppUser(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), roles(rs.getString(6))))
                .optional();
    }

    public List<AppUser> all() {
        return jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.locale, u.enabled,
                       coalesce(string_agg(r.role, ',' ORDER BY r.role), '') AS roles
                  FROM ops.app_user u LEFT JOIN ops.app_user_role r ON r.user_id = u.id
                 GROUP BY u.id ORDER BY u.username
                """).query((rs, n) -> new AppUser(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), roles(rs.getString(6)))).list();
    }

    /** The enabled users holding a role (who gets told when the whole role must act). */
    public List<String> withRole(Role role) {
        return jdbc.sql("""
                SELECT u.username FROM ops.app_user u JOIN ops.app_user_role r ON r.user_id = u.id
                 WHERE r.role = :role AND u.enabled ORDER BY u.username
                """).param("role", role.name()).query(String.class).list();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM ops.app_user WHERE username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    @Transactional
    public AppUser create(String username, String displayName, String rawPassword, Set<Role> roles, String locale) {
        UUID id = Ids.newId();
        jdbc.sql("""
                INSERT INTO ops.app_user (id, username, display_name, password_hash, locale)
                VALUES (:id, :username, :displayName, :hash, :locale)
                """).param("id", id).param("username", username).param("displayName", displayName)
                .param("hash", passwords.encode(rawPassword)).param("locale", locale).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO ops.app_user_role (user_id, role) VALUES (:id, :role)").param("id", id)
                    .param("role", role.name()).update();
        }
        AppUser user = new AppUser(id, username, displayName, locale, true, EnumSet.copyOf(roles));
        audit.record("USER_CREATED", "AppUser", id.toString(), null, user);
        return user;
    }

    @Transactional
    public void setPassword(String username, String rawPassword) {
        int updated = jdbc.sql("UPDATE ops.app_user SET password_hash = :hash WHERE username = :u")
                .param("hash", passwords.encode(rawPassword)).param("u", username).update();
        if (updated == 1) {
            audit.record("PASSWORD_SET", "AppUser", username, null, null);
        }
    }

    /** True when {@code rawPassword} is the user's current password (used to skip needless re-hashing). */
    public boolean passwordMatches(String username, String rawPassword) {
        return jdbc.sql("SELECT password_hash FROM ops.app_user WHERE username = :u").param("u", username)
                .query(String.class).optional().map(hash -> passwords.matches(rawPassword, hash)).orElse(false);
    }

    private static Set<Role> roles(String csv) {
        if (csv == null || csv.isEmpty()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(csv.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
