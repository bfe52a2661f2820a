package dozor.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * A real HTTP server on an ephemeral loopback port standing in for Telegram, Slack and Teams: it records every
 * request and answers 200, or the configured failure status for the next N requests, or holds requests until
 * released (a hanging endpoint).
 */
final class CaptureServer implements AutoCloseable {

    /** One request as it arrived. */
    record Captured(String method, String path, String contentType, String body) {

        JsonNode json() {
            return TestHttp.JSON.readTree(body);
        }
    }

    private final HttpServer server;

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    private final List<Captured> requests = new CopyOnWriteArrayList<>();

    private final AtomicInteger failuresLeft = new AtomicInteger();

    private volatile int failureStatus = 500;

    private volatile CountDownLatch gate = new CountDownLatch(0);

    private CaptureServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static CaptureServer start() {
        try {
            return new CaptureServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next {@code times} requests are answered with {@code status}. */
    void failNext(int times, int status) {
        failureStatus = status;
        failuresLeft.set(times);
    }

    /** Requests wait (at most 10 s) until {@link #release()}; they still count as captured. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    List<Captured> requests() {
        return List.copyOf(requests);
    }

    List<Captured> requestsTo(String pathPrefix) {
        return requests.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
    }

    void reset() {
        release();
        failuresLeft.set(0);
        failureStatus = 500;
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Captured(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            try {
                gate.await(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            boolean fail = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            byte[] answer = (fail ? "{\"ok\":false,\"description\":\"capture server told to fail\"}" : "{\"ok\":true}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(fail ? failureStatus : 200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
