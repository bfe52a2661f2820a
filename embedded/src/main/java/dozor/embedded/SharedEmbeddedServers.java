package dozor.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One PostgreSQL and one Kafka per test JVM, started on first use on ephemeral ports in a temporary folder,
 * stopped and deleted when the JVM exits. Test classes that must not see each other's rows take a
 * {@link #freshDatabase() fresh database}.
 */
public final class SharedEmbeddedServers {

    public static final String APP_USER = "dozor";

    public static final String APP_PASSWORD = "dozor-test-app";

    public static final String ANALYST_USER = "dozor_analyst";

    public static final String ANALYST_PASSWORD = "dozor-test-analyst";

    private static final String SUPERUSER_PASSWORD = "dozor-test-super";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static EmbeddedPostgresServer postgres;

    private static EmbeddedKafkaServer kafka;

    private static Path root;

    private SharedEmbeddedServers() {
    }

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.start(root().resolve("pg"), FreePorts.any(), SUPERUSER_PASSWORD, false);
            postgres.provision("dozor", APP_USER, APP_PASSWORD, ANALYST_USER, ANALYST_PASSWORD);
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaServer kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafkaServer.start(root().resolve("kafka"), 0);
        }
        return kafka;
    }

    /** A new empty database owned by the application role; returns its JDBC URL. */
    public static String freshDatabase() {
        EmbeddedPostgresServer pg = postgres();
        String name = "dozor_t" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        pg.provision(name, APP_USER, APP_PASSWORD, ANALYST_USER, ANALYST_PASSWORD);
        return pg.jdbcUrl(name);
    }

    /** A superuser connection, for assertions that look behind the application's back. */
    public static Connection superuser(String jdbcUrl) {
        try {
            return java.sql.DriverManager.getConnection(jdbcUrl, "postgres", SUPERUSER_PASSWORD);
        }
        catch (java.sql.SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static void execute(String jdbcUrl, String sql) {
        try (Connection c = superuser(jdbcUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
        catch (java.sql.SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("dozor-test-");
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedEmbeddedServers::shutdown, "embedded-servers-stop"));
        }
        return root;
    }

    private static synchronized void shutdown() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        deleteQuietly(root);
    }

    /** Deletes a folder tree, ignoring what cannot be deleted. */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException ignored) {
            // best effort
        }
    }
}
