package dozor.notifications.internal;

import java.net.URI;
import java.util.Map;

import org.springframework.web.client.RestClient;

import dozor.notifications.Channel;

/** A Slack incoming webhook: {@code POST <webhook URL>} with {@code {"text": …}} in Slack's mrkdwn. */
class SlackSender implements ChannelSender {

    private final NotificationProperties.Webhook settings;

    private final JsonPoster poster;

    SlackSender(NotificationProperties.Webhook settings, RestClient.Builder builder) {
        this.settings = settings;
        this.poster = new JsonPoster(builder, settings.timeout());
    }

    @Override
    public Channel channel() {
        return Channel.SLACK;
    }

    @Override
    public boolean available() {
        return settings.enabled();
    }

    @Override
    public void send(OutgoingMessage message, String webhookUrl) throws DeliveryFailure {
        poster.post(URI.create(webhookUrl), payload(message));
    }

    static Map<String, Object> payload(OutgoingMessage message) {
        StringBuilder text = new StringBuilder().append('*').append(escape(message.title())).append("*\n")
                .append(escape(message.text()));
        if (message.url() != null) {
            text.append("\n<").append(escape(message.url())).append('|').append(escape(message.openLabel()))
                    .append('>');
        }
        return Map.of("text", text.toString());
    }

    /** Slack reads &lt; &gt; &amp; as control characters (links, mentions); everything else is literal. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
