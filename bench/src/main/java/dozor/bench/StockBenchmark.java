package dozor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import dozor.events.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stock movements per second through the API — one per call ({@code POST /api/v1/stock/movements}, the baseline)
 * against batches ({@code POST /api/v1/stock/movements/batch}) of the same movements, same run, same clients — and
 * how far the live stock (streams) lags under that load: the consumer group's largest lag on {@value Topics#STOCK}
 * while posting, and the time from the last response until {@code GET /api/v1/stock/live} shows the last movement of
 * every row.
 */
final class StockBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StockBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int movements = BenchPlatform.intArg(args, "--movements", 4000);
        int clients = BenchPlatform.intArg(args, "--clients", 8);
        int batchSize = BenchPlatform.intArg(args, "--batch", 100);
        int rows = BenchPlatform.intArg(args, "--rows", 32);
        try (BenchPlatform bench = BenchPlatform.start(args)) {
            System.out.printf("Stock benchmark: %d movements per phase, %d clients, batches of %d, %d item × "
                    + "warehouse rows%n", movements, clients, batchSize, rows);
            // A logged-in session, as the web UI works: HTTP Basic would check the bcrypt hash on every call and
            // measure that instead of the ledger.
            IntakeBenchmark.Session session = IntakeBenchmark.Session.login(bench.base, "admin",
                    BenchPlatform.ADMIN_PASSWORD);
            HttpClient client = session.client();
            String auth = session.csrf();
            List<String[]> cells = cells(client, bench.base, auth, rows);
            Map<String, Long> lastSeq = new ConcurrentHashMap<>();

            // Warm-up of both paths.
            IntakeBenchmark.run(movements / 4, clients, i -> single(client, bench.base, auth, cells.get(i % rows),
                    lastSeq));
            IntakeBenchmark.run(Math.max(1, movements / 4 / batchSize), clients, i -> batch(client, bench.base, auth,
                    cells.get(i % rows), batchSize, lastSeq));
            settle(client, bench.base, auth, lastSeq);

            LagProbe probe = new LagProbe(bench.platform.bootstrapServers());
            Latencies single = IntakeBenchmark.run(movements, clients, i -> single(client, bench.base, auth,
                    cells.get(i % rows), lastSeq));
            long singleLagMillis = settle(client, bench.base, auth, lastSeq);
            long singleGroupLag = probe.stop();

            probe = new LagProbe(bench.platform.bootstrapServers());
            Latencies batches = IntakeBenchmark.run(movements / batchSize, clients, i -> batch(client, bench.base,
                    auth, cells.get(i % rows), batchSize, lastSeq));
            long batchLagMillis = settle(client, bench.base, auth, lastSeq);
            long batchGroupLag = probe.stop();
            double batchPerSecond = batches.perSecond() * batchSize;

            System.out.println();
            System.out.println("POST /api/v1/stock/movements (one per call)   " + single.describe());
            System.out.printf("POST /api/v1/stock/movements/batch (%d/call)  %s  = %.0f movements/s%n", batchSize,
                    batches.describe(), batchPerSecond);
            System.out.printf("live stock caught up %d ms after the last single call (group lag while posting: "
                    + "max %d events)%n", singleLagMillis, singleGroupLag);
            System.out.printf("live stock caught up %d ms after the last batch (group lag while posting: max %d "
                    + "events)%n", batchLagMillis, batchGroupLag);
            System.out.printf("ratio batch / single movements per second: %.2f%n", batchPerSecond
                    / single.perSecond());
        }
    }

    /** Item × warehouse rows: each call moves stock of one row, so concurrent batches never lock rows crosswise. */
    static List<String[]> cells(HttpClient client, String base, String auth, int rows) throws Exception {
        int warehouses = 4;
        List<String> whs = new ArrayList<>();
        for (int w = 0; w < warehouses; w++) {
            whs.add(send(client, base, auth, "/api/v1/stock/warehouses", Map.of("code", "BENCH-" + w, "name",
                    "Склад " + w, "kind", "REGIONAL")).get("id").asString());
        }
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; cells.size() < rows; i++) {
            String item = send(client, base, auth, "/api/v1/stock/items", Map.of("sku", "BENCH-" + i, "name",
                    "Запчасть " + i, "category", "SPARE_PART", "unit", "PCS", "serialTracked", false)).get("id")
                    .asString();
            for (int w = 0; w < warehouses && cells.size() < rows; w++) {
                cells.add(new String[] { item, whs.get(w) });
            }
        }
        return cells;
    }

    static Map<String, Object> receipt(String[] cell) {
        return Map.of("kind", "RECEIPT", "itemId", cell[0], "warehouseId", cell[1], "quantity", 1, "unitCost", 10);
    }

    static void single(HttpClient client, String base, String auth, String[] cell, Map<String, Long> lastSeq)
            throws Exception {
        JsonNode m = send(client, base, auth, "/api/v1/stock/movements", receipt(cell));
        lastSeq.merge(cell[0] + "|" + cell[1], m.get("seq").asLong(), Math::max);
    }

    static void batch(HttpClient client, String base, String auth, String[] cell, int size,
            Map<String, Long> lastSeq) throws Exception {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            lines.add(receipt(cell));
        }
        JsonNode posted = send(client, base, auth, "/api/v1/stock/movements/batch", Map.of("movements", lines));
        lastSeq.merge(cell[0] + "|" + cell[1], posted.get(posted.size() - 1).get("seq").asLong(), Math::max);
    }

    static JsonNode send(HttpClient client, String base, String auth, String path, Object body) throws Exception {
        var response = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", auth)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Milliseconds until the live stock shows every row's last posted movement. */
    static long settle(HttpClient client, String base, String auth, Map<String, Long> lastSeq) throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/stock/live")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                Map<String, Long> applied = new HashMap<>();
                JSON.readTree(response.body()).forEach(r -> applied.put(r.get("itemId").asString() + "|"
                        + r.get("warehouseId").asString(), r.get("appliedSeq").asLong()));
                if (lastSeq.entrySet().stream().allMatch(e -> applied.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("live stock did not catch up within 5 minutes");
    }

    /** Samples the stock topology's consumer-group lag every 250 ms until stopped; reports the largest. */
    static final class LagProbe {

        private final AtomicBoolean running = new AtomicBoolean(true);

        private final AtomicLong max = new AtomicLong();

        private final Thread thread;

        LagProbe(String bootstrap) {
            thread = new Thread(() -> {
                try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                    while (running.get()) {
                        var committed = admin.listConsumerGroupOffsets("dozor-stock").partitionsToOffsetAndMetadata()
                                .get();
                        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
                        for (int p = 0; p < Topics.PARTITIONS; p++) {
                            request.put(new TopicPartition(Topics.STOCK, p), OffsetSpec.latest());
                        }
                        long lag = 0;
                        for (var e : admin.listOffsets(request).all().get().entrySet()) {
                            var c = committed.get(e.getKey());
                            lag += e.getValue().offset() - (c == null ? 0 : c.offset());
                        }
                        max.accumulateAndGet(lag, Math::max);
                        Thread.sleep(250);
                    }
                }
                catch (Exception ex) {
                    if (running.get()) {
                        System.err.println("lag probe stopped: " + ex);
                    }
                }
            }, "stock-lag-probe");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join(5000);
            return max.get();
        }
    }
}
