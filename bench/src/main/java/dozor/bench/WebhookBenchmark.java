package dozor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dozor.ingest.crm.WebhookSignature;

/**
 * Signed CRM webhook deliveries per second (signature check, mapping, validation, the once-only registration as the
 * system actor), distinct external ids, against the plain intake {@code POST /api/v1/requests} of the same
 * payloads by a logged-in session, in the same run, at the same concurrency.
 */
final class WebhookBenchmark {

    private WebhookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = BenchPlatform.intArg(args, "--requests", 4000);
        int clients = BenchPlatform.intArg(args, "--clients", 8);
        int warmup = Math.max(1000, requests / 2);
        try (BenchPlatform bench = BenchPlatform.start(args)) {
            System.out.printf("Webhook benchmark: %d deliveries, %d concurrent clients, %d warm-up%n", requests,
                    clients, warmup);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            IntakeBenchmark.Session session = IntakeBenchmark.Session.login(bench.base, "admin",
                    BenchPlatform.ADMIN_PASSWORD);

            IntakeBenchmark.run(warmup, clients, i -> deliver(client, bench.base, "W" + i));
            IntakeBenchmark.run(warmup, clients, session::register);
            // Alternating rounds: the machine's other load and the growing tables weigh on both sides alike.
            int rounds = 4;
            int perRound = requests / rounds;
            Latencies webhook = null;
            Latencies rest = null;
            for (int r = 0; r < rounds; r++) {
                int offset = r * perRound;
                webhook = Latencies.join(webhook, IntakeBenchmark.run(perRound, clients,
                        i -> deliver(client, bench.base, "M" + (offset + i))));
                rest = Latencies.join(rest, IntakeBenchmark.run(perRound, clients,
                        i -> session.register(warmup + offset + i)));
            }
            Latencies repeats = IntakeBenchmark.run(requests, clients, i -> deliver(client, bench.base, "M" + i));

            System.out.println();
            System.out.println("signed webhook, new ticket (201)      " + webhook.describe());
            System.out.println("signed webhook, repeated ticket (200) " + repeats.describe());
            System.out.println("POST /api/v1/requests (baseline)      " + rest.describe());
            System.out.printf("ratio webhook / REST intake throughput: %.2f%n", webhook.perSecond() / rest.perSecond());
        }
    }

    /** The REST body of the intake benchmark plus the CRM's id, read by the default mapping. */
    static String ticket(String externalId, int n) {
        return """
                {"customerName":"ООО «Нагрузка» %d","unp":"200988541","contactPhone":"+375 29 123-45-67",
                 "deviceModel":"Hikvision DS-7608NI-K2","serialNumber":"SN%s",
                 "problemDescription":"Не пишет архив с третьей камеры","priority":"P%d","externalId":"%s"}"""
                .formatted(n, externalId, 1 + n % 4, externalId);
    }

    static void deliver(HttpClient client, String base, String externalId) throws Exception {
        int n = Math.abs(externalId.hashCode());
        byte[] body = ticket(externalId, n).getBytes(StandardCharsets.UTF_8);
        long now = System.currentTimeMillis() / 1000;
        var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ingest/crm/requests"))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(BenchPlatform.CRM_SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("delivery failed: " + response.statusCode());
        }
    }
}
