package dozor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dozor.embedded.SharedEmbeddedServers;
import dozor.local.LocalOptions;
import dozor.local.LocalPlatform;

/** The whole platform for a benchmark: fsync on, quiet, no scheduled batch work, a known admin and CRM secret. */
final class BenchPlatform implements AutoCloseable {

    static final String ADMIN_PASSWORD = "bench-admin-password";

    static final String CRM_SECRET = "bench-crm-webhook-secret-0123456789";

    final LocalPlatform platform;

    final String base;

    private final Path data;

    private BenchPlatform(Path data, LocalPlatform platform) {
        this.data = data;
        this.platform = platform;
        this.base = "http://127.0.0.1:" + platform.webPort();
    }

    static BenchPlatform start(String[] args) throws Exception {
        Path data = Files.createTempDirectory("dozor-bench");
        Map<String, String> overrides = new HashMap<>(Map.of("dozor.batch.dw-refresh.scheduled", "false",
                "logging.level.root", "WARN", "dozor.ingest.crm.secret", CRM_SECRET));
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--set")) {
                String[] kv = args[i + 1].split("=", 2);
                overrides.put(kv[0], kv[1]);
            }
        }
        LocalOptions options = new LocalOptions(data, 0, 0, 0, null, null, null, null, null, ADMIN_PASSWORD, false,
                true, overrides);
        try {
            return new BenchPlatform(data, LocalPlatform.start(options));
        }
        catch (RuntimeException ex) {
            SharedEmbeddedServers.deleteQuietly(data);
            throw ex;
        }
    }

    static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    @Override
    public void close() {
        try {
            platform.close();
        }
        finally {
            SharedEmbeddedServers.deleteQuietly(data);
        }
    }
}
