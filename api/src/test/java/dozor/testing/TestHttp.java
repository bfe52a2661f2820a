package dozor.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for tests: Basic or session authentication, JSON in and out. */
public final class TestHttp {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private final HttpClient client;

    private final Map<String, String> headers = new LinkedHashMap<>();

    public TestHttp(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public TestHttp basic(String user, String password) {
        headers.put("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public TestHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object jsonBody) {
        String body = jsonBody instanceof String s ? s : JSON.writeValueAsString(jsonBody);
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response put(String path, Object jsonBody) {
        String body = jsonBody instanceof String s ? s : JSON.writeValueAsString(jsonBody);
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** A multipart/form-data POST, as a browser's file upload sends it. */
    public Response postMultipart(String path, Multipart form) {
        String boundary = "----dozor-test-" + java.util.UUID.randomUUID();
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.encode(boundary))));
    }

    /** A GET whose body is kept as bytes (downloads). */
    public BinaryResponse getBytes(String path) {
        try {
            HttpResponse<byte[]> r = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(r.statusCode(), r.body(), r);
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public Response postForm(String path, Map<String, String> form) {
        StringBuilder sb = new StringBuilder();
        form.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(sb.toString())));
    }

    /** The current value of a cookie the server set. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(b::header);
        return b;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r);
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Fields and files of a multipart/form-data body; file names go raw in UTF-8, as browsers send them. */
    public static final class Multipart {

        private final java.util.List<byte[]> headers = new java.util.ArrayList<>();

        private final java.util.List<byte[]> bodies = new java.util.ArrayList<>();

        public Multipart field(String name, String value) {
            return part("Content-Disposition: form-data; name=\"" + name + "\"\r\n",
                    value.getBytes(StandardCharsets.UTF_8));
        }

        public Multipart file(String name, String fileName, String contentType, byte[] content) {
            String quoted = fileName.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
            return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + quoted + "\"\r\n"
                    + "Content-Type: " + contentType + "\r\n", content);
        }

        private Multipart part(String header, byte[] body) {
            headers.add(header.getBytes(StandardCharsets.UTF_8));
            bodies.add(body);
            return this;
        }

        byte[] encode(String boundary) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < headers.size(); i++) {
                out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(headers.get(i));
                out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(bodies.get(i));
                out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }
    }

    public record BinaryResponse(int status, byte[] body, HttpResponse<byte[]> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }
}
