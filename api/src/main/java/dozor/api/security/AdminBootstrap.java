package dozor.api.security;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * There is no default password. The first start creates {@code admin} with the password from
 * {@code dozor.security.admin-password} (env {@code DOZOR_ADMIN_PASSWORD}) or, without one, a generated
 * password that is shown once. Setting the variable on a later start resets the admin password to it.
 */
@Component
@Order(0)
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    public static final String ADMIN = "admin";

    private final AppUsers users;

    private final String configuredPassword;

    private volatile String generatedPassword;

    AdminBootstrap(AppUsers users, @Value("${dozor.security.admin-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.exists(ADMIN)) {
            String password = configuredPassword.isBlank() ? generate() : configuredPassword;
            users.create(ADMIN, "Администратор", password, EnumSet.of(Role.ADMIN), "ru");
            if (configuredPassword.isBlank()) {
                generatedPassword = password;
            }
            log.info("Created the admin user ({} password)", configuredPassword.isBlank() ? "generated" : "configured");
        }
        else if (!configuredPassword.isBlank() && !users.passwordMatches(ADMIN, configuredPassword)) {
            users.setPassword(ADMIN, configuredPassword);
            log.info("Admin password reset from configuration");
        }
    }

    /** The password generated at this start, if one was; the banner shows it once. */
    public Optional<String> generatedPassword() {
        return Optional.ofNullable(generatedPassword);
    }

    static String generate() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
