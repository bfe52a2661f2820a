package dozor.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.test.context.TestPropertySource;

import dozor.ingest.crm.WebhookSignature;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;

/**
 * One api context for every ingest test class (a context start costs seconds): the CRM secret, and a mapping for a
 * CRM whose payload nests the client, the device and the ticket.
 */
@TestPropertySource(properties = { "dozor.ingest.crm.secret=" + IngestIntegrationTest.SECRET,
        "dozor.ingest.crm.mapping.customerName=/client/title", "dozor.ingest.crm.mapping.unp=/client/unp",
        "dozor.ingest.crm.mapping.contactPhone=/client/phone", "dozor.ingest.crm.mapping.contactEmail=/client/email",
        "dozor.ingest.crm.mapping.deviceModel=/device/model", "dozor.ingest.crm.mapping.serialNumber=/device/serial",
        "dozor.ingest.crm.mapping.deviceType=/device/type", "dozor.ingest.crm.mapping.problemDescription=/description",
        "dozor.ingest.crm.mapping.priority=/ticket/priority", "dozor.ingest.crm.mapping.category=/ticket/category",
        "dozor.ingest.crm.mapping.externalId=/ticket/id",
        "dozor.ingest.carriers.cdek.secret=" + IngestIntegrationTest.CDEK_SECRET,
        "dozor.ingest.carriers.dpd.secret=" + IngestIntegrationTest.DPD_SECRET })
public abstract class IngestIntegrationTest extends ApiIntegrationTest {

    public static final String SECRET = "test-crm-secret-0123456789abcdef";

    public static final String WEBHOOK = "/api/v1/ingest/crm/requests";

    /** Carriers' tracking webhook secrets (each carrier signs with its own). */
    public static final String CDEK_SECRET = "test-cdek-secret-0123456789abcdef";

    public static final String DPD_SECRET = "test-dpd-secret-0123456789abcdef";

    /**
     * A client of its own for each use: a pooled keep-alive connection that the server closed while idle fails a POST
     * with "header parser received no bytes", and POSTs are not retried.
     */
    protected static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The rows that matter for "nothing was written": requests, customers, events, audit records. */
    protected Map<String, Long> written() {
        return Map.of("requests", count("ops.service_request"), "customers", count("ops.counterparty"), "outbox",
                count("ops.outbox"), "audit", count("ops.audit_log"));
    }

    /** A delivery signed now with the right secret. */
    protected TestHttp.Response deliver(String body) {
        long now = Instant.now().getEpochSecond();
        return post(body, String.valueOf(now), WebhookSignature.sign(SECRET, now, bytes(body)));
    }

    protected TestHttp.Response post(String body, String timestamp, String signature) {
        TestHttp http = anonymous();
        if (timestamp != null) {
            http.header(WebhookSignature.TIMESTAMP_HEADER, timestamp);
        }
        if (signature != null) {
            http.header(WebhookSignature.SIGNATURE_HEADER, signature);
        }
        return http.post(WEBHOOK, body);
    }

    protected static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code POST /api/v1/ingest/imports} as multipart/form-data with HTTP Basic; returns status and body. */
    protected HttpResponse<String> upload(String kind, String mode, String fileName, byte[] content, String user,
            String password) {
        String boundary = "----dozor" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/ingest/imports?kind="
                    + kind + "&mode=" + mode)).timeout(Duration.ofMinutes(3))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            return client().send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    protected HttpResponse<String> importAsAdmin(String kind, String mode, String fileName, byte[] content) {
        return upload(kind, mode, fileName, content, "admin", ADMIN_PASSWORD);
    }

    /** A valid УНП for every n (organisations: nine digits, the last the check digit). */
    public static String unp(int n) {
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

    protected static List<String> lines(String... lines) {
        return List.of(lines);
    }
}
