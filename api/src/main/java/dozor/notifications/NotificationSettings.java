package dozor.notifications;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.security.AppUsers;
import dozor.notifications.internal.Addresses;
import dozor.notifications.internal.ChannelSenders;
import dozor.notifications.internal.Preferences;
import dozor.notifications.internal.WebhookPolicy;

/** What each user receives where, and where they are reached. Changes are audited. */
@Service
public class NotificationSettings {

    private static final String TELEGRAM_CHAT = "-?[0-9]{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31}";

    private final AppUsers users;

    private final Preferences preferences;

    private final Addresses addresses;

    private final ChannelSenders channels;

    private final WebhookPolicy webhooks;

    private final AuditLog audit;

    NotificationSettings(AppUsers users, Preferences preferences, Addresses addresses, ChannelSenders channels,
            WebhookPolicy webhooks, AuditLog audit) {
        this.users = users;
        this.preferences = preferences;
        this.addresses = addresses;
        this.channels = channels;
        this.webhooks = webhooks;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ChannelPreferences preferences(String username) {
        return preferences.of(userId(username));
    }

    /** Sets the cells given, keeps the others, and returns the whole matrix. */
    @Transactional
    public ChannelPreferences updatePreferences(String username, Map<NoticeType, Map<Channel, Boolean>> cells) {
        UUID user = userId(username);
        ChannelPreferences before = preferences.of(user);
        preferences.put(user, cells);
        ChannelPreferences after = preferences.of(user);
        audit.record("NOTIFICATION_PREFERENCES_SET", "NotificationSettings", username, before.matrix(),
                after.matrix());
        return after;
    }

    @Transactional(readOnly = true)
    public ChannelAddresses addresses(String username) {
        return addresses.of(userId(username));
    }

    /**
     * Replaces the user's addresses ({@code null} clears one). Refuses what {@link #acceptsAddress} refuses; the
     * REST layer checks the same first, so that a person sees every bad field at once.
     */
    @Transactional
    public ChannelAddresses updateAddresses(String username, ChannelAddresses given) {
        for (Channel channel : Channel.values()) {
            given.of(channel).ifPresent(value -> {
                if (!acceptsAddress(channel, value)) {
                    throw new IllegalArgumentException("Invalid " + channel + " address");
                }
            });
        }
        UUID user = userId(username);
        ChannelAddresses before = addresses.of(user);
        addresses.put(user, given);
        audit.record("NOTIFICATION_ADDRESSES_SET", "NotificationSettings", username, forAudit(before),
                forAudit(given));
        return addresses.of(user);
    }

    /**
     * Whether {@code value} is a usable address of {@code channel}: a Telegram chat id (a number, or
     * {@code @channel}), or a webhook URL on the service's own hosts. E-mail syntax is checked by the REST layer's
     * {@code @Email}.
     */
    public boolean acceptsAddress(Channel channel, String value) {
        return switch (channel) {
            case EMAIL -> value.length() <= 254 && value.contains("@");
            case TELEGRAM -> value.matches(TELEGRAM_CHAT);
            case SLACK, TEAMS -> webhooks.accepts(channel, value);
            case IN_APP -> false;
        };
    }

    /** The feed and the external channels whose endpoints are configured on this installation. */
    public Set<Channel> availableChannels() {
        return channels.available();
    }

    private UUID userId(String username) {
        return users.find(username).orElseThrow(() -> new IllegalStateException("no user " + username)).id();
    }

    /** Webhook URLs are bearer secrets: the audit log records only whether one is set. */
    private static Map<String, Object> forAudit(ChannelAddresses a) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("email", a.email());
        shown.put("telegramChatId", a.telegramChatId());
        shown.put("slackWebhook", a.slackWebhookUrl() != null);
        shown.put("teamsWebhook", a.teamsWebhookUrl() != null);
        return shown;
    }
}
