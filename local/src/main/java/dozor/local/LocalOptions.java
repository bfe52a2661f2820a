package dozor.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * How the local platform starts; from environment variables by default.
 *
 * @param webPort SERVER_PORT (default 8080; 0 picks a free one)
 * @param dbPort DOZOR_DB_PORT, the embedded PostgreSQL's preferred port (default 15432)
 * @param kafkaPort DOZOR_KAFKA_PORT, the embedded broker's preferred port (default 19092)
 * @param externalDbUrl DOZOR_DB_URL: use this PostgreSQL instead of the embedded one
 * @param externalKafka DOZOR_KAFKA_BOOTSTRAP: use this Kafka cluster instead of the embedded broker
 * @param externalAnalystUrl DOZOR_ANALYST_DB_URL: what to print for analysts when the database is external
 * @param adminPassword DOZOR_ADMIN_PASSWORD: sets (or resets) the admin password; generated when absent
 * @param demoData DOZOR_DEMO_DATA (default true): load demo requests once, on first start
 * @param durable fsync on for the embedded PostgreSQL (tests turn it off for speed)
 * @param overrides extra Spring properties for every context (tests)
 */
public record LocalOptions(Path dataDirectory, int webPort, int dbPort, int kafkaPort, String externalDbUrl,
        String externalDbUser, String externalDbPassword, String externalKafka, String externalAnalystUrl,
        String adminPassword, boolean demoData, boolean durable, Map<String, String> overrides) {

    public static LocalOptions fromEnvironment(Map<String, String> env) {
        return new LocalOptions(
                Path.of(env.getOrDefault("DOZOR_DATA_DIR", ".dozor")).toAbsolutePath().normalize(),
                Integer.parseInt(env.getOrDefault("SERVER_PORT", "8080")),
                Integer.parseInt(env.getOrDefault("DOZOR_DB_PORT", "15432")),
                Integer.parseInt(env.getOrDefault("DOZOR_KAFKA_PORT", "19092")),
                blankToNull(env.get("DOZOR_DB_URL")),
                env.getOrDefault("DOZOR_DB_USER", "dozor"),
                env.get("DOZOR_DB_PASSWORD"),
                blankToNull(env.get("DOZOR_KAFKA_BOOTSTRAP")),
                blankToNull(env.get("DOZOR_ANALYST_DB_URL")),
                blankToNull(env.get("DOZOR_ADMIN_PASSWORD")),
                !"false".equalsIgnoreCase(env.getOrDefault("DOZOR_DEMO_DATA", "true")),
                true,
                Map.of());
    }

    /** A throw-away platform for tests: free ports, no fsync, no demo data unless asked. */
    public static LocalOptions forTests(Path dataDirectory, String adminPassword, Map<String, String> overrides) {
        return new LocalOptions(dataDirectory, 0, 0, 0, null, null, null, null, null, adminPassword, false, false,
                overrides);
    }

    public LocalOptions withDemoData(boolean demo) {
        return new LocalOptions(dataDirectory, webPort, dbPort, kafkaPort, externalDbUrl, externalDbUser,
                externalDbPassword, externalKafka, externalAnalystUrl, adminPassword, demo, durable, overrides);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
