package dozor.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dozor.api.ApiApplication;
import dozor.api.security.AdminBootstrap;
import dozor.batch.BatchApplication;
import dozor.embedded.EmbeddedKafkaServer;
import dozor.embedded.EmbeddedPostgresServer;
import dozor.embedded.FreePorts;
import dozor.events.Topics;
import dozor.ingest.carriers.CarrierWebhooks;
import dozor.streams.StreamsApplication;

/**
 * The whole platform in one JVM: embedded PostgreSQL and Kafka (unless external ones are configured), then the
 * streams, batch and api applications, each in its own Spring context as it would run in production, talking to
 * each other over HTTP on loopback. Data lives in the data folder, so a restart keeps everything.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

    static final String DATABASE = "dozor";

    static final String APP_ROLE = "dozor";

    static final String ANALYST_ROLE = "dozor_analyst";

    static final String CRM_SECRET_VARIABLE = "DOZOR_CRM_WEBHOOK_SECRET";

    static final String CRM_SECRET_PROPERTY = "dozor.ingest.crm.secret";

    private final LocalOptions options;

    private final LocalSecrets secrets;

    private EmbeddedPostgresServer postgres;

    private EmbeddedKafkaServer kafka;

    private ConfigurableApplicationContext streams;

    private ConfigurableApplicationContext batch;

    private ConfigurableApplicationContext api;

    private String jdbcUrl;

    private String dbUser;

    private String dbPassword;

    private String bootstrapServers;

    private String analystUrl;

    private String crmWebhookSecret;

    private final Map<String, String> carrierSecrets = new LinkedHashMap<>();

    private LocalPlatform(LocalOptions options) {
        this.options = options;
        this.secrets = LocalSecrets.in(options.dataDirectory());
    }

    public static LocalPlatform start(LocalOptions options) {
        LocalPlatform platform = new LocalPlatform(options);
        try {
            platform.startAll();
            return platform;
        }
        catch (RuntimeException ex) {
            platform.close();
            throw ex;
        }
    }

    private void startAll() {
        long started = System.nanoTime();
        startDatabase();
        startKafka();
        String token = secrets.get("internal.token");
        Map<String, String> common = new LinkedHashMap<>();
        common.put("spring.main.banner-mode", "off");
        common.put("spring.main.register-shutdown-hook", "false");
        common.put("logging.file.name", options.dataDirectory().resolve("logs/dozor.json").toString());
        common.put("dozor.internal.token", token);
        // One console for three applications: the application name would be misleading, and the embedded
        // servers' chatter is not for a user.
        common.put("logging.include-application-name", "false");
        common.put("logging.level.org.apache.kafka", "WARN");
        common.put("logging.level.kafka", "WARN");
        common.put("logging.level.state.change.logger", "WARN");
        common.put("logging.level.io.zonky", "WARN");
        common.putAll(options.overrides());

        Map<String, String> streamsProps = new LinkedHashMap<>(common);
        streamsProps.put("server.address", "127.0.0.1");
        streamsProps.put("server.port", "0");
        streamsProps.put("spring.web.resources.add-mappings", "false");
        streamsProps.put("dozor.kafka.bootstrap-servers", bootstrapServers);
        streamsProps.put("dozor.streams.state-dir", options.dataDirectory().resolve("streams").toString());
        streams = run(StreamsApplication.class, StreamsApplication.CONFIG_NAME, streamsProps);

        Map<String, String> batchProps = new LinkedHashMap<>(common);
        batchProps.put("server.address", "127.0.0.1");
        batchProps.put("server.port", "0");
        batchProps.put("spring.web.resources.add-mappings", "false");
        batchProps.putAll(datasource());
        batchProps.put("dozor.kafka.bootstrap-servers", bootstrapServers);
        batchProps.putIfAbsent("dozor.batch.dw-refresh.first-run", "PT20S");
        batch = run(BatchApplication.class, BatchApplication.CONFIG_NAME, batchProps);

        Map<String, String> apiProps = new LinkedHashMap<>(common);
        apiProps.put("server.port", String.valueOf(options.webPort()));
        apiProps.putAll(datasource());
        apiProps.put("dozor.outbox.bootstrap-servers", bootstrapServers);
        apiProps.put("dozor.streams.url", "http://127.0.0.1:" + port(streams));
        apiProps.put("dozor.batch.url", "http://127.0.0.1:" + port(batch));
        apiProps.put("dozor.security.admin-password", options.adminPassword() == null ? "" : options.adminPassword());
        apiProps.put("dozor.demo.enabled", String.valueOf(options.demoData()));
        // The CRM signs its webhooks with DOZOR_CRM_WEBHOOK_SECRET when set (the api reads it itself), else with
        // one generated at the first start and kept with the other secrets.
        if (!apiProps.containsKey(CRM_SECRET_PROPERTY) && isBlank(System.getenv(CRM_SECRET_VARIABLE))) {
            apiProps.put(CRM_SECRET_PROPERTY, secrets.get("crm.webhook.secret"));
        }
        crmWebhookSecret = apiProps.get(CRM_SECRET_PROPERTY);
        carrierSecrets.putAll(carrierSecrets(apiProps, System::getenv, secrets));
        api = run(ApiApplication.class, ApiApplication.CONFIG_NAME, apiProps);
        log.info("Dozor started in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void startDatabase() {
        if (options.externalDbUrl() != null) {
            jdbcUrl = options.externalDbUrl();
            dbUser = options.externalDbUser();
            dbPassword = options.externalDbPassword();
            analystUrl = options.externalAnalystUrl();
            return;
        }
        postgres = EmbeddedPostgresServer.start(options.dataDirectory().resolve("postgres"),
                FreePorts.preferred(options.dbPort()), secrets.get("db.superuser"), options.durable());
        String appPassword = secrets.get("db.app");
        String analystPassword = secrets.get("db.analyst");
        postgres.provision(DATABASE, APP_ROLE, appPassword, ANALYST_ROLE, analystPassword);
        jdbcUrl = postgres.jdbcUrl(DATABASE);
        dbUser = APP_ROLE;
        dbPassword = appPassword;
        analystUrl = "postgresql://" + ANALYST_ROLE + ":" + analystPassword + "@127.0.0.1:" + postgres.port() + "/"
                + DATABASE;
        writePrivate(options.dataDirectory().resolve("analyst.url"), analystUrl + "\n");
    }

    private void startKafka() {
        if (options.externalKafka() != null) {
            bootstrapServers = options.externalKafka();
            return;
        }
        kafka = EmbeddedKafkaServer.start(options.dataDirectory().resolve("kafka"),
                FreePorts.preferred(options.kafkaPort()));
        kafka.createTopics(Map.of(Topics.REQUESTS, Topics.PARTITIONS, Topics.WORK, Topics.PARTITIONS, Topics.SLA,
                Topics.PARTITIONS));
        bootstrapServers = kafka.bootstrapServers();
    }

    private Map<String, String> datasource() {
        return Map.of("spring.datasource.url", jdbcUrl, "spring.datasource.username", dbUser,
                "spring.datasource.password", dbPassword == null ? "" : dbPassword);
    }

    /**
     * Command-line arguments outrank environment variables, so that SERVER_PORT (meant for the web port) does not
     * move the internal servers of streams and batch.
     */
    private static ConfigurableApplicationContext run(Class<?> application, String configName,
            Map<String, String> properties) {
        List<String> args = new ArrayList<>();
        args.add("--spring.config.name=" + configName);
        properties.forEach((k, v) -> args.add("--" + k + "=" + v));
        return new SpringApplicationBuilder(application).registerShutdownHook(false).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public int webPort() {
        return port(api);
    }

    public String webUrl() {
        return "http://localhost:" + webPort() + "/";
    }

    /** The read-only analysts' connection URL (schema mart), if known. */
    public Optional<String> analystUrl() {
        return Optional.ofNullable(analystUrl);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDirectory() {
        return options.dataDirectory();
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The CRM webhook's address. */
    public String crmWebhookUrl() {
        return webUrl() + "api/v1/ingest/crm/requests";
    }

    /** The CRM webhook's secret, unless DOZOR_CRM_WEBHOOK_SECRET chose it (then it is not repeated here). */
    public Optional<String> crmWebhookSecret() {
        return Optional.ofNullable(crmWebhookSecret);
    }

    /**
     * Each carrier signs its tracking webhook with its own secret: {@code DOZOR_INGEST_CARRIERS_<CODE>_SECRET} when set
     * (the api reads it itself), else one generated at the first start and kept with the other secrets, put into the
     * api's properties. Returns the generated ones, by carrier code.
     */
    static Map<String, String> carrierSecrets(Map<String, String> apiProps,
            java.util.function.UnaryOperator<String> environment, LocalSecrets secrets) {
        Map<String, String> generated = new LinkedHashMap<>();
        for (String code : CarrierWebhooks.CODES) {
            String key = code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            String property = "dozor.ingest.carriers." + key + ".secret";
            if (!apiProps.containsKey(property)
                    && isBlank(environment.apply("DOZOR_INGEST_CARRIERS_" + code.replace("_", "") + "_SECRET"))) {
                apiProps.put(property, secrets.get("carrier." + key + ".webhook.secret"));
                generated.put(code, apiProps.get(property));
            }
        }
        return generated;
    }

    /** A carrier's tracking webhook address (the carrier's code in it). */
    public String carrierWebhookUrl(String carrier) {
        return webUrl() + "api/v1/ingest/carriers/" + carrier + "/tracking";
    }

    /** The carriers' webhook secrets generated here (those chosen by environment variables are not repeated). */
    public Map<String, String> carrierWebhookSecrets() {
        return java.util.Collections.unmodifiableMap(carrierSecrets);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The admin password generated at this start (first start without DOZOR_ADMIN_PASSWORD), if any. */
    public Optional<String> generatedAdminPassword() {
        return api.getBean(AdminBootstrap.class).generatedPassword();
    }

    public ConfigurableApplicationContext api() {
        return api;
    }

    public ConfigurableApplicationContext streams() {
        return streams;
    }

    public ConfigurableApplicationContext batch() {
        return batch;
    }

    /** Stops everything in the reverse order of start: api, batch, streams, Kafka, PostgreSQL. */
    @Override
    public synchronized void close() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { api, batch, streams }) {
            if (context != null && context.isActive()) {
                try {
                    context.close();
                }
                catch (RuntimeException ex) {
                    log.warn("Error while stopping a context", ex);
                }
            }
        }
        api = batch = streams = null;
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Before any Spring context configures logging, the embedded servers would log at DEBUG. */
    static void quietEmbeddedServers() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.INFO);
            for (String name : new String[] { "org.apache.kafka", "kafka", "state.change.logger", "io.zonky" }) {
                logback.getLogger(name).setLevel(ch.qos.logback.classic.Level.WARN);
            }
        }
    }

    private static void writePrivate(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * {@code java -jar dozor.jar [all|api|streams|batch]}: everything with embedded servers (the default), or one
     * deployable against the servers named by DOZOR_DB_URL / DOZOR_KAFKA_BOOTSTRAP.
     */
    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "all";
        switch (mode) {
            case "api" -> SpringApplication.run(ApiApplication.class, "--spring.config.name=" + ApiApplication.CONFIG_NAME);
            case "streams" -> SpringApplication.run(StreamsApplication.class,
                    "--spring.config.name=" + StreamsApplication.CONFIG_NAME);
            case "batch" -> SpringApplication.run(BatchApplication.class,
                    "--spring.config.name=" + BatchApplication.CONFIG_NAME);
            case "all" -> runAll();
            default -> {
                System.err.println("Usage: java -jar dozor.jar [all|api|streams|batch]");
                System.exit(2);
            }
        }
    }

    private static void runAll() {
        quietEmbeddedServers();
        LocalOptions options = LocalOptions.fromEnvironment(System.getenv());
        System.out.println("Dozor: starting (data folder " + options.dataDirectory() + ") ...");
        LocalPlatform platform = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "dozor-stop"));
        System.out.println(Banner.of(platform, options));
    }
}
