package dozor.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dozor.embedded.SharedEmbeddedServers;
import dozor.local.LocalOptions;
import dozor.local.LocalPlatform;

/**
 * Request registrations per second through the HTTP API (validation, security, one transaction with the row,
 * its audit record and its outbox event) against a baseline of plain JDBC inserts of the same rows into a table
 * of the same shape, in the same embedded PostgreSQL (fsync on), in the same run, with the same concurrency.
 */
final class IntakeBenchmark {

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = intArg(args, "--requests", 4000);
        int clients = intArg(args, "--clients", 8);
        int warmup = Math.max(1000, requests / 2);
        Path data = Files.createTempDirectory("dozor-bench");
        String password = "bench-admin-password";
        Map<String, String> overrides = new java.util.HashMap<>(Map.of("dozor.batch.dw-refresh.scheduled", "false",
                "logging.level.root", "WARN"));
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--set")) {
                String[] kv = args[i + 1].split("=", 2);
                overrides.put(kv[0], kv[1]);
            }
        }
        LocalOptions options = new LocalOptions(data, 0, 0, 0, null, null, null, null, null, password, false, true,
                overrides);
        try (LocalPlatform platform = LocalPlatform.start(options)) {
            String base = "http://127.0.0.1:" + platform.webPort();
            Session session = Session.login(base, "admin", password);
            System.out.printf("Intake benchmark: %d registrations, %d concurrent clients, %d warm-up%n", requests,
                    clients, warmup);

            run(warmup, clients, i -> session.register(i));
            Latencies api = run(requests, clients, i -> session.register(warmup + i));
            // The web stack alone (session, security, JSON, no write): separates HTTP cost from the transaction.
            run(warmup, clients, i -> session.me());
            Latencies read = run(requests, clients, i -> session.me());

            String jdbcUrl = platform.jdbcUrl();
            String appPassword = secret(data, "db.app");
            try (Connection c = DriverManager.getConnection(jdbcUrl, "dozor", appPassword)) {
                c.createStatement().execute("CREATE TABLE IF NOT EXISTS public.bench_request "
                        + "(LIKE ops.service_request INCLUDING ALL)");
                c.createStatement().execute("TRUNCATE public.bench_request");
            }
            ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
                try {
                    return DriverManager.getConnection(jdbcUrl, "dozor", appPassword);
                }
                catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            });
            AtomicInteger number = new AtomicInteger();
            run(warmup, clients, i -> insert(connections.get(), number.incrementAndGet()));
            Latencies jdbc = run(requests, clients, i -> insert(connections.get(), number.incrementAndGet()));

            long drainStart = System.nanoTime();
            long drainDeadline = drainStart + Duration.ofSeconds(60).toNanos();
            try (Connection c = DriverManager.getConnection(jdbcUrl, "dozor", appPassword)) {
                while (System.nanoTime() < drainDeadline) {
                    var rs = c.createStatement().executeQuery(
                            "SELECT count(*) FROM ops.outbox WHERE published_at IS NULL");
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        break;
                    }
                    Thread.sleep(50);
                }
            }
            System.out.println();
            System.out.println("HTTP API (row + audit + outbox)  " + api.describe());
            System.out.println("plain JDBC insert (baseline)      " + jdbc.describe());
            System.out.println("HTTP read GET /api/v1/me          " + read.describe());
            System.out.printf("ratio API / JDBC throughput: %.2f   (outbox fully published %d ms after the last "
                    + "JDBC insert)%n", api.perSecond() / jdbc.perSecond(), (System.nanoTime() - drainStart) / 1_000_000);
        }
        finally {
            SharedEmbeddedServers.deleteQuietly(data);
        }
    }

    interface Call {
        void call(int i) throws Exception;
    }

    static Latencies run(int n, int clients, Call call) throws Exception {
        long[] nanos = new long[n];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        Future<?>[] futures = new Future<?>[clients];
        for (int t = 0; t < clients; t++) {
            futures[t] = pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    long s = System.nanoTime();
                    call.call(i);
                    nanos[i] = System.nanoTime() - s;
                }
                return null;
            });
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        return new Latencies(nanos, wall);
    }

    static void insert(Connection c, int n) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO public.bench_request (id, number, customer_name, unp, contact_phone, device_model,
                    serial_number, problem_description, priority, status, registered_at, registered_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, 'bench')""")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, String.format("Б-%07d", n));
            ps.setString(3, "ООО «Нагрузка» " + n);
            ps.setString(4, "200988541");
            ps.setString(5, "+375291234567");
            ps.setString(6, "Hikvision DS-7608NI-K2");
            ps.setString(7, "SN" + n);
            ps.setString(8, "Не пишет архив с третьей камеры");
            ps.setString(9, "P" + (1 + n % 4));
            ps.setTimestamp(10, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    private static String secret(Path data, String key) throws Exception {
        var props = new java.util.Properties();
        try (var in = Files.newBufferedReader(data.resolve("secrets.properties"))) {
            props.load(in);
        }
        return props.getProperty(key);
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    /** A logged-in web session (cookie + CSRF token), as the UI uses the API. */
    record Session(HttpClient client, String base, CookieManager cookies) {

        static Session login(String base, String user, String password) throws Exception {
            CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
                    .build();
            Session s = new Session(client, base, cookies);
            client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/csrf")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            var login = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", s.csrf())
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200) {
                throw new IllegalStateException("login failed: " + login.statusCode() + " " + login.body());
            }
            return s;
        }

        String csrf() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
        }

        void me() throws Exception {
            var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("me failed: " + response.statusCode());
            }
        }

        void register(int i) throws Exception {
            String body = """
                    {"customerName":"ООО «Нагрузка» %d","unp":"200988541","contactPhone":"+375 29 123-45-67",
                     "deviceModel":"Hikvision DS-7608NI-K2","serialNumber":"SN%d",
                     "problemDescription":"Не пишет архив с третьей камеры","priority":"P%d"}""".formatted(i, i,
                    1 + i % 4);
            var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/requests"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("registration failed: " + response.statusCode());
            }
        }
    }
}
