package dozor.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dozor.embedded.SharedEmbeddedServers;
import dozor.events.EventJson;
import dozor.events.Topics;
import dozor.events.stock.StockMovementRecorded;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * The ledger and the live stock agree after 100,000 random movements posted through the API (batches of 1,000 from
 * four clients at once), carried by the outbox relay to Kafka and kept by the streams' topology; and the
 * reconciliation is not blind: a forged movement the ledger never posted is reported on both rows it touches.
 */
class StockReconciliationFunctionalTests {

    static final String ADMIN_PASSWORD = "stock-test-admin";

    static final int MOVEMENTS = 100_000;

    static final int BATCH = 1_000;

    static final int CLIENTS = 4;

    static final int ITEMS = 12;

    static final int WAREHOUSES = 4;

    static Path dataDirectory;

    @AfterAll
    static void cleanUp() {
        SharedEmbeddedServers.deleteQuietly(dataDirectory);
    }

    @Test
    void ledgerAndStreamsReconcileAfter100000RandomMovements() throws Exception {
        dataDirectory = Files.createTempDirectory("dozor-stock");
        LocalOptions options = LocalOptions.forTests(dataDirectory, ADMIN_PASSWORD, Map.of(
                "dozor.batch.dw-refresh.scheduled", "false", "dozor.stock.reconciliation.enabled", "false",
                "dozor.stock.reconciliation.grace", "PT0S"));
        try (LocalPlatform platform = LocalPlatform.start(options)) {
            String url = "http://127.0.0.1:" + platform.webPort();
            TestHttp admin = new TestHttp(url).basic("admin", ADMIN_PASSWORD);
            List<String> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                var r = admin.post("/api/v1/stock/items", Map.of("sku", "REC-" + i, "name", "Запчасть " + i,
                        "category", "SPARE_PART", "unit", "PCS", "serialTracked", false));
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                items.add(r.json().get("id").asString());
            }
            List<String> warehouses = new ArrayList<>();
            for (int i = 0; i < WAREHOUSES; i++) {
                var r = admin.post("/api/v1/stock/warehouses", Map.of("code", "REC-" + i, "name", "Склад " + i,
                        "kind", "REGIONAL"));
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                warehouses.add(r.json().get("id").asString());
            }

            // Each client owns its own items, so batches never wait on each other's balance rows.
            long started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Integer>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<String> own = items.subList(c * ITEMS / CLIENTS, (c + 1) * ITEMS / CLIENTS);
                long seed = 4_2000L + c;
                clients.add(pool.submit(() -> post(java.net.URI.create(url + "/api/v1/stock/movements/batch"), own,
                        warehouses, MOVEMENTS / CLIENTS, new Random(seed))));
            }
            int posted = 0;
            for (Future<Integer> c : clients) {
                posted += c.get();
            }
            pool.shutdown();
            double postSeconds = (System.nanoTime() - started) / 1e9;
            assertThat(posted).isEqualTo(MOVEMENTS);

            // The streams catch up: nothing behind, nothing different.
            JsonNode[] result = new JsonNode[1];
            await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                var r = admin.get("/api/v1/stock/reconciliation");
                result[0] = r.status() == 200 ? r.json() : null;
                return result[0] != null && result[0].get("rowsBehind").asInt() == 0
                        && result[0].get("rowsChecked").asInt() == ITEMS * WAREHOUSES;
            });
            double caughtUpSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%d movements posted in %.1f s (%.0f/s); live stock caught up after %.1f s%n",
                    MOVEMENTS, postSeconds, MOVEMENTS / postSeconds, caughtUpSeconds);
            assertThat(result[0].get("differences")).as(result[0].toString()).isEmpty();

            // Every live row is the ledger's balance, figure by figure.
            JsonNode live = admin.get("/api/v1/stock/live").json();
            JsonNode balances = admin.get("/api/v1/stock/balances?limit=5000").json();
            Map<String, BigDecimal> ledger = new HashMap<>();
            balances.forEach(b -> ledger.put(b.get("itemId").asString() + "|" + b.get("warehouseId").asString(),
                    b.get("onHand").decimalValue()));
            assertThat(live).hasSize(ITEMS * WAREHOUSES);
            live.forEach(row -> assertThat(row.get("onHand").decimalValue()).as(row.toString())
                    .isEqualByComparingTo(ledger.get(row.get("itemId").asString() + "|"
                            + row.get("warehouseId").asString())));
            long maxSeq = 0;
            for (JsonNode row : live) {
                maxSeq = Math.max(maxSeq, row.get("appliedSeq").asLong());
            }

            // A movement the ledger never posted reaches the streams: for a row the ledger has, and one it has not.
            UUID item = UUID.fromString(items.get(0));
            UUID warehouse = UUID.fromString(warehouses.get(0));
            UUID stranger = UUID.randomUUID();
            forge(platform.bootstrapServers(), forged(item, warehouse, maxSeq + 1_000),
                    forged(item, stranger, maxSeq + 1_001));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                result[0] = admin.get("/api/v1/stock/reconciliation").json();
                return result[0].get("differences").size() == 2;
            });
            List<String> kinds = new ArrayList<>();
            result[0].get("differences").forEach(d -> kinds.add(d.get("kind").asString() + " "
                    + d.get("warehouseId").asString()));
            assertThat(kinds).containsExactlyInAnyOrder("ON_HAND " + warehouse, "MISSING_IN_LEDGER " + stranger);
        }
    }

    /** Posts random receipts, write-offs, shipments and adjustments that never take more than is on hand. */
    static int post(java.net.URI http, List<String> items, List<String> warehouses, int count, Random random) {
        Map<String, Integer> onHand = new HashMap<>();
        int posted = 0;
        while (posted < count) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < BATCH && posted + batch.size() < count; i++) {
                String item = items.get(random.nextInt(items.size()));
                String wh = warehouses.get(random.nextInt(warehouses.size()));
                String key = item + "|" + wh;
                int have = onHand.getOrDefault(key, 0);
                int quantity = 1 + random.nextInt(5);
                String kind;
                if (have < quantity || random.nextInt(100) < 45) {
                    kind = random.nextInt(10) == 0 ? "ADJUSTMENT_SURPLUS" : "RECEIPT";
                    onHand.put(key, have + quantity);
                }
                else {
                    kind = List.of("WRITE_OFF", "SHIPMENT", "ADJUSTMENT_SHORTAGE").get(random.nextInt(3));
                    onHand.put(key, have - quantity);
                }
                Map<String, Object> m = new HashMap<>(Map.of("kind", kind, "itemId", item, "warehouseId", wh,
                        "quantity", quantity));
                if (kind.equals("RECEIPT")) {
                    m.put("unitCost", 1 + random.nextInt(100));
                }
                if (!kind.equals("RECEIPT") && !kind.equals("SHIPMENT")) {
                    m.put("reason", "Проверка сверки");
                }
                batch.add(m);
            }
            var r = postBatch(http, Map.of("movements", batch));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            posted += batch.size();
        }
        return posted;
    }

    static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    /** A batch of 1,000 on a busy machine may take longer than the shared test client waits (30 s). */
    static java.net.http.HttpResponse<String> postBatch(java.net.URI uri, Object body) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            ("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TestHttp.JSON.writeValueAsString(body)))
                    .build();
            return HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        }
        catch (java.io.IOException | InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static StockMovementRecorded forged(UUID item, UUID warehouse, long seq) {
        return new StockMovementRecorded(UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(), item, warehouse,
                "RECEIPT", new BigDecimal("5.000"), null, BigDecimal.ONE, null, null, null, null, null, null,
                "forger", seq);
    }

    static void forge(String bootstrap, StockMovementRecorded... events) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (var e : events) {
                producer.send(new ProducerRecord<>(Topics.STOCK, e.aggregateId(), EventJson.write(e))).get();
            }
        }
    }
}
