package dozor.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Rows per second of a migration file through {@code POST /api/v1/ingest/imports}: a 10,000-row CSV (5 % bad rows,
 * 10 % repeated external ids, 300 recurring customers) as a dry run, applied, and applied again (all duplicates);
 * against the baseline of registering the same new rows one by one through {@code POST /api/v1/requests} by one
 * logged-in client, which is what a migration script against the REST API would do.
 */
final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = BenchPlatform.intArg(args, "--rows", 10_000);
        try (BenchPlatform bench = BenchPlatform.start(args)) {
            System.out.printf("Import benchmark: a CSV of %d rows (5 %% bad, 10 %% duplicates), one upload each%n",
                    rows);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            // warm-up: a small file of other ids, so the JIT has seen the path
            upload(client, bench.base, "requests", "apply", csv(500, "WARM-"));
            byte[] file = csv(rows, "LEG-");

            String dry = timed("dry run ", rows, () -> upload(client, bench.base, "requests", "dry-run", file));
            long applyStarted = System.nanoTime();
            String apply = timed("apply   ", rows, () -> upload(client, bench.base, "requests", "apply", file));
            double applySeconds = (System.nanoTime() - applyStarted) / 1e9;
            String again = timed("re-apply", rows, () -> upload(client, bench.base, "requests", "apply", file));

            IntakeBenchmark.Session session = IntakeBenchmark.Session.login(bench.base, "admin",
                    BenchPlatform.ADMIN_PASSWORD);
            List<Integer> fresh = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                if (!bad(i) && !duplicate(i)) {
                    fresh.add(i);
                }
            }
            Latencies rest = IntakeBenchmark.run(fresh.size(), 1, i -> session.register(1_000_000 + fresh.get(i)));

            System.out.println();
            System.out.println("import dry run        " + dry);
            System.out.println("import apply          " + apply);
            System.out.println("import apply again    " + again);
            System.out.println("POST /api/v1/requests, 1 client, the " + fresh.size() + " new rows (baseline)  "
                    + rest.describe());
            // the same new requests: registered one by one over REST, or created by one upload of the whole file
            System.out.printf("ratio: the new rows through the import are %.1f times as fast as one by one%n",
                    fresh.size() / rest.perSecond() / applySeconds);
        }
    }

    interface Upload {
        String call() throws Exception;
    }

    private static String timed(String label, int rows, Upload upload) throws Exception {
        long start = System.nanoTime();
        String totals = upload.call();
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("%8.0f rows/s   (%d rows in %.1f s; %s)", rows / seconds, rows, seconds, totals);
    }

    static String upload(HttpClient client, String base, String kind, String mode, byte[] content) throws Exception {
        String boundary = "----dozor-bench-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"legacy.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ingest/imports?kind=" + kind
                + "&mode=" + mode)).timeout(Duration.ofMinutes(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + BenchPlatform.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import failed: " + response.statusCode() + " " + response.body());
        }
        String json = response.body();
        int at = json.indexOf("\"totals\":");
        return json.substring(at + 9, json.indexOf('}', at) + 1);
    }

    static boolean bad(int i) {
        return i % 20 == 7;
    }

    static boolean duplicate(int i) {
        return i % 10 == 3;
    }

    /** The same shape as the import tests' file: every 20th row one bad value, every 10th a repeated id. */
    static byte[] csv(int n, String idPrefix) {
        StringBuilder csv = new StringBuilder("externalId;registeredAt;customerName;unp;contactPhone;contactEmail;"
                + "deviceModel;serialNumber;problemDescription;priority\n");
        LocalDateTime first = LocalDateTime.of(2024, 1, 1, 8, 0);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        for (int i = 0; i < n; i++) {
            int customer = i % 300;
            boolean organisation = customer < 200;
            String phone = bad(i) && (i / 20) % 2 == 0 ? "12345"
                    : String.format("+375 29 6%02d-%02d-%02d", customer / 100, customer % 100, customer % 7);
            csv.append(idPrefix).append(duplicate(i) ? i - 3 : i).append(';')
                    .append(first.plusMinutes(37L * i).format(format)).append(';')
                    .append(organisation ? "ООО «Клиент " + customer + "»" : "Иванов Клиент " + customer).append(';')
                    .append(organisation ? unp(customer) : "").append(';')
                    .append(phone).append(';')
                    .append(organisation ? "" : "person" + customer + "@example.by").append(';')
                    .append("Hikvision DS-7608NI-K2;SN-").append(idPrefix).append(i).append(';')
                    .append(bad(i) && (i / 20) % 2 == 1 ? "" : "Не пишет архив с камеры " + (i % 10)).append(';')
                    .append('P').append(1 + i % 4).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid organisation УНП for every n (the ninth digit is the check digit). */
    static String unp(int n) {
        int[] weights = { 29, 23, 19, 17, 13, 7, 5, 3 };
        for (int candidate = n * 7;; candidate++) {
            String eight = String.format("19%06d", candidate % 1_000_000);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += weights[i] * (eight.charAt(i) - '0');
            }
            if (sum % 11 < 10) {
                return eight + (sum % 11);
            }
        }
    }
}
