/**
 * Notifications: an in-app feed per user, and delivery of the same notices by e-mail (SMTP), Telegram (Bot API),
 * Slack and Microsoft Teams (incoming webhooks).
 *
 * <p>Other features call {@link dozor.notifications.Notifications#notify(Notice)} with a {@link Notice}. It
 * writes a notice per recipient and one queued delivery per external channel the recipient turned on for that
 * {@link NoticeType} and has an address for, in the caller's transaction, and returns. A background worker sends
 * committed deliveries ({@code FOR UPDATE SKIP LOCKED}, so several api instances share the queue), retrying
 * failures with exponential back-off until a delivery is SENT or DEAD. A channel that is slow or down therefore
 * never delays or fails the caller. Events re-delivered by Kafka are made harmless by the notice's idempotency key.
 * When the matter of earlier notices is over (stock replenished), {@code Notifications#resolve} marks every
 * recipient's still-unread ones read by their type and key prefix; they stay in the feed.
 *
 * <p>Each user chooses, per notice type and channel, what reaches them; unchosen cells default to the in-app feed
 * only. Slack and Teams are reached through each user's own incoming-webhook URL: Dozor has no departments to
 * hang a shared one on, and a personal webhook can post to the user's direct messages. Because the server POSTs
 * to a URL a user typed, only https URLs on the services' own hosts are accepted
 * ({@code dozor.notifications.slack|teams.allowed-hosts}).
 *
 * <p>Settings, {@code dozor.notifications.*} (environment variables by relaxed binding, e.g.
 * {@code DOZOR_NOTIFICATIONS_TELEGRAM_BOT_TOKEN}):
 * <ul>
 * <li>{@code public-url} (http://localhost:8080): prefixed to a notice's link in external messages;
 * <li>{@code worker.enabled} (true), {@code worker.poll-interval} (5s), {@code worker.batch-size} (10),
 * {@code worker.lease} (5m, must exceed batch-size × channel timeout);
 * <li>{@code retry.base-delay} (30s, doubled after each failure), {@code retry.max-delay} (1h),
 * {@code retry.max-attempts} (8, then DEAD; a 4xx other than 408/425/429 is DEAD at once);
 * <li>{@code email.host} (blank: channel off), {@code email.port} (25), {@code email.username},
 * {@code email.password}, {@code email.from} (Дозор &lt;noreply@dozor.local&gt;), {@code email.starttls} (false),
 * {@code email.timeout} (10s);
 * <li>{@code telegram.base-url} (https://api.telegram.org), {@code telegram.bot-token} (blank: channel off),
 * {@code telegram.timeout} (10s);
 * <li>{@code slack.enabled} / {@code teams.enabled} (true), {@code slack.allowed-hosts} (hooks.slack.com),
 * {@code teams.allowed-hosts} (webhook.office.com, logic.azure.com, powerplatform.com), {@code *.timeout} (10s).
 * </ul>
 */
package dozor.notifications;
