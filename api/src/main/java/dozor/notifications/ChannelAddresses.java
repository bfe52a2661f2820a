package dozor.notifications;

import java.util.Optional;

/**
 * Where a user can be reached outside the app; any part may be {@code null} (not set). Slack and Teams are
 * the user's own incoming-webhook URLs.
 */
public record ChannelAddresses(String email, String telegramChatId, String slackWebhookUrl,
        String teamsWebhookUrl) {

    public static final ChannelAddresses NONE = new ChannelAddresses(null, null, null, null);

    public ChannelAddresses {
        email = blankToNull(email);
        telegramChatId = blankToNull(telegramChatId);
        slackWebhookUrl = blankToNull(slackWebhookUrl);
        teamsWebhookUrl = blankToNull(teamsWebhookUrl);
    }

    /** The address of an external channel; empty when it is not set (and always for the in-app feed). */
    public Optional<String> of(Channel channel) {
        return Optional.ofNullable(switch (channel) {
            case EMAIL -> email;
            case TELEGRAM -> telegramChatId;
            case SLACK -> slackWebhookUrl;
            case TEAMS -> teamsWebhookUrl;
            case IN_APP -> null;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
