package dozor.testing;

import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dozor.api.ApiApplication;
import dozor.api.security.AppUsers;
import dozor.api.security.Role;
import dozor.embedded.SharedEmbeddedServers;

/**
 * The api on a random port against the real embedded PostgreSQL and Kafka, with a fresh database per
 * test class and one user per role (password {@link #PASSWORD}).
 */
@SpringBootTest(classes = ApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=api", "dozor.security.admin-password=" + ApiIntegrationTest.ADMIN_PASSWORD,
                "dozor.security.bcrypt-strength=4" })
public abstract class ApiIntegrationTest {

    public static final String ADMIN_PASSWORD = "admin-test-password";

    public static final String PASSWORD = "role-test-password";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected AppUsers users;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        String url = SharedEmbeddedServers.freshDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> SharedEmbeddedServers.APP_USER);
        registry.add("spring.datasource.password", () -> SharedEmbeddedServers.APP_PASSWORD);
        registry.add("dozor.outbox.bootstrap-servers", () -> SharedEmbeddedServers.kafka().bootstrapServers());
    }

    @BeforeEach
    void usersForEveryRole() {
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase();
            if (!users.exists(name)) {
                users.create(name, "Test " + name, PASSWORD, EnumSet.of(role), "ru");
            }
        }
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected TestHttp as(Role role) {
        // "admin" is the bootstrap administrator, with its own password.
        return new TestHttp(baseUrl()).basic(role.name().toLowerCase(), role == Role.ADMIN ? ADMIN_PASSWORD : PASSWORD);
    }

    protected TestHttp anonymous() {
        return new TestHttp(baseUrl());
    }

    protected long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
