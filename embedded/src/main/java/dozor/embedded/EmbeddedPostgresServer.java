package dozor.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from the zonky binaries, with its data in a folder that survives restarts.
 *
 * <p>zonky initialises the cluster with {@code trust} authentication. On first start we set a superuser
 * password and switch loopback TCP connections to {@code scram-sha-256}, so that the read-only analyst
 * URL printed in the banner really is the only way in for that role.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String HBA_MARKER = "# dozor: password authentication";

    private final EmbeddedPostgres postgres;

    private final Path dataDirectory;

    private final String superuserPassword;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String superuserPassword) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.superuserPassword = superuserPassword;
    }

    /**
     * Starts the server on {@code port}, creating the cluster in {@code dataDirectory} if it is not there yet.
     * A postmaster left running by a killed JVM on the same folder is stopped first.
     *
     * @param durable fsync on (the local platform); tests pass {@code false} for speed
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, String superuserPassword, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphanedPostmaster(dataDirectory);
            boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
            boolean secured = !fresh && Files.readString(dataDirectory.resolve("pg_hba.conf")).contains(HBA_MARKER);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    // zonky passes -F (fsync off); a platform that promises no lost writes turns it back on.
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setConnectConfig("password", superuserPassword);
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory, superuserPassword);
            if (!secured) {
                server.requirePasswords();
            }
            log.info("PostgreSQL {} listening on 127.0.0.1:{}, data in {}", server.version(), port, dataDirectory);
            return server;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDirectory, ex);
        }
    }

    private void requirePasswords() throws IOException {
        execute("ALTER ROLE postgres PASSWORD " + literal(superuserPassword));
        Path hba = dataDirectory.resolve("pg_hba.conf");
        Files.writeString(hba, HBA_MARKER + "\n"
                + "local   all   all                 trust\n"
                + "host    all   all   127.0.0.1/32  scram-sha-256\n"
                + "host    all   all   ::1/128       scram-sha-256\n");
        execute("SELECT pg_reload_conf()");
    }

    /**
     * Creates, if missing, the application's owner role and database and a read-only login role; the
     * passwords are (re)set on every start so that they follow the configuration.
     */
    public void provision(String database, String owner, String ownerPassword, String readOnlyRole,
            String readOnlyPassword) {
        execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = " + literal(owner)
                + ") THEN CREATE ROLE " + ident(owner) + " LOGIN; END IF; END $$");
        execute("ALTER ROLE " + ident(owner) + " LOGIN PASSWORD " + literal(ownerPassword));
        execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = " + literal(readOnlyRole)
                + ") THEN CREATE ROLE " + ident(readOnlyRole) + " LOGIN; END IF; END $$");
        execute("ALTER ROLE " + ident(readOnlyRole) + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD "
                + literal(readOnlyPassword));
        if (!databaseExists(database)) {
            execute("CREATE DATABASE " + ident(database) + " OWNER " + ident(owner) + " ENCODING 'UTF8'");
            execute("REVOKE ALL ON DATABASE " + ident(database) + " FROM PUBLIC");
        }
        execute("GRANT CONNECT, TEMPORARY ON DATABASE " + ident(database) + " TO " + ident(owner));
        execute("GRANT CONNECT ON DATABASE " + ident(database) + " TO " + ident(readOnlyRole));
        // A read-only role writes nothing even where a schema would let it.
        execute("ALTER ROLE " + ident(readOnlyRole) + " SET default_transaction_read_only = on");
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not provision database " + database, ex);
        }
    }

    private boolean databaseExists(String database) {
        try (Connection c = connect("postgres");
                var ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, database);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** A superuser connection to {@code database}; for provisioning and tests only. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", superuserPassword);
    }

    public String version() {
        try (Connection c = connect("postgres"); var rs = c.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
        catch (SQLException ex) {
            return "?";
        }
    }

    private void execute(String sql) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Provisioning statement failed: " + sql.replaceAll("PASSWORD '.*'",
                    "PASSWORD ***"), ex);
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String ident(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsupported identifier: " + name);
        }
        return name;
    }

    /** The first line of postmaster.pid is the PID of a server that may have outlived a killed JVM. */
    private static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim).filter(s -> s.matches("\\d+")).map(Long::parseLong)
                .flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(cmd -> cmd.endsWith("postgres")).orElse(false));
        if (orphan.isPresent()) {
            log.warn("Stopping a PostgreSQL server (pid {}) left running on {}", orphan.get().pid(), dataDirectory);
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            catch (Exception ex) {
                orphan.get().destroyForcibly();
            }
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        }
        catch (IOException ex) {
            log.warn("Embedded PostgreSQL did not stop cleanly", ex);
        }
    }

    /** For diagnostics: the settings a client needs, without passwords. */
    public Map<String, Object> describe() {
        return Map.of("host", "127.0.0.1", "port", port(), "dataDirectory", dataDirectory.toString());
    }
}
