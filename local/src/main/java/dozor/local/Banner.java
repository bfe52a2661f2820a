package dozor.local;

/** What a new user needs to know once the platform is up. */
final class Banner {

    private Banner() {
    }

    static String of(LocalPlatform platform, LocalOptions options) {
        String login = platform.generatedAdminPassword()
                .map(pw -> "admin / " + pw + "   (generated now and shown only once; keep it, or set "
                        + "DOZOR_ADMIN_PASSWORD to choose or reset it)")
                .orElse(options.adminPassword() != null ? "admin / the password in DOZOR_ADMIN_PASSWORD"
                        : "admin / the password shown at the first start (set DOZOR_ADMIN_PASSWORD to reset it)");
        String line = "─".repeat(78);
        return String.join("\n",
                "",
                line,
                "  Дозор (Dozor) is running",
                "  Web UI          " + platform.webUrl(),
                "  Login           " + login,
                "  API docs        " + platform.webUrl() + "swagger-ui.html   (curl -u admin:<password> ...)",
                "  Analysts' SQL   " + platform.analystUrl().orElse("(external database: ask your DBA for a "
                        + "read-only role on schema mart)") + "   (read-only, schema mart)",
                "  CRM webhook     POST " + platform.crmWebhookUrl() + ", secret " + platform.crmWebhookSecret()
                        .orElse("from DOZOR_CRM_WEBHOOK_SECRET") + "   (HMAC-SHA256, see README)",
                "  Carrier webhooks POST " + platform.carrierWebhookUrl("<CODE>") + ", same signature; secrets "
                        + (platform.carrierWebhookSecrets().isEmpty() ? "from DOZOR_INGEST_CARRIERS_<CODE>_SECRET"
                                : platform.carrierWebhookSecrets().toString()),
                "  Kafka           " + platform.bootstrapServers(),
                "  Data folder     " + platform.dataDirectory(),
                "  Stop            Ctrl+C (data is kept; start again with the same command)",
                line,
                "");
    }
}
