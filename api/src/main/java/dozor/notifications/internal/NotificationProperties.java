package dozor.notifications.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notifications ({@code dozor.notifications.*}). A channel whose endpoint is not configured (no SMTP
 * host, no Telegram bot token) is unavailable: users may still tick it, but nothing is queued for it.
 *
 * @param publicUrl the web UI's address, prefixed to a notice's link in external messages
 * @param worker the background delivery worker
 * @param retry back-off of failed deliveries
 * @param email SMTP
 * @param telegram the Bot API
 * @param slack Slack incoming webhooks
 * @param teams Microsoft Teams incoming webhooks (Workflows)
 */
@ConfigurationProperties("dozor.notifications")
public record NotificationProperties(@DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue Worker worker, @DefaultValue Retry retry, @DefaultValue Email email,
        @DefaultValue Telegram telegram, @DefaultValue Webhook slack, @DefaultValue Webhook teams) {

    /**
     * @param enabled whether the worker starts with the application (tests drive it by hand)
     * @param pollInterval how often an idle worker looks for due deliveries (a commit of {@code notify} wakes it
     *        at once)
     * @param batchSize deliveries claimed per round
     * @param lease how long a claimed delivery is hidden from other workers: longer than a whole batch can take
     *        (batch size × channel timeout), or another instance may send the same message twice
     */
    public record Worker(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration pollInterval,
            @DefaultValue("10") int batchSize, @DefaultValue("5m") Duration lease) {
    }

    /**
     * @param baseDelay the pause after the first failure; each further failure doubles it
     * @param maxDelay the longest pause
     * @param maxAttempts attempts in all; the last failure makes the delivery DEAD
     */
    public record Retry(@DefaultValue("30s") Duration baseDelay, @DefaultValue("1h") Duration maxDelay,
            @DefaultValue("8") int maxAttempts) {
    }

    /**
     * @param host the SMTP server; blank turns the channel off
     * @param from the sender, e.g. {@code Дозор <noreply@dozor.by>}
     */
    public record Email(@DefaultValue("") String host, @DefaultValue("25") int port, @DefaultValue("") String username,
            @DefaultValue("") String password, @DefaultValue("Дозор <noreply@dozor.local>") String from,
            @DefaultValue("false") boolean starttls, @DefaultValue("10s") Duration timeout) {

        public boolean configured() {
            return !host.isBlank();
        }
    }

    /**
     * @param baseUrl the Bot API, {@code https://api.telegram.org} (a local server in tests)
     * @param botToken the bot's token; blank turns the channel off
     */
    public record Telegram(@DefaultValue("https://api.telegram.org") String baseUrl,
            @DefaultValue("") String botToken, @DefaultValue("10s") Duration timeout) {

        public boolean configured() {
            return !botToken.isBlank();
        }
    }

    /**
     * @param enabled whether the channel is offered at all
     * @param allowedHosts hosts (or parent domains) a user's webhook URL may point at; the api would otherwise
     *        POST wherever a user asks it to
     */
    public record Webhook(@DefaultValue("true") boolean enabled, List<String> allowedHosts,
            @DefaultValue("10s") Duration timeout) {
    }
}
