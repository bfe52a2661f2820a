package dozor.notifications.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.client.RestClient;

import dozor.notifications.Channel;

/**
 * A Microsoft Teams incoming webhook. Sends an Adaptive Card (1.4) in a {@code message} envelope, the format
 * Microsoft documents for "Send Adaptive Cards using an Incoming Webhook" and the one the Workflows webhooks
 * that replace the retired Office 365 connectors accept (they do not take the legacy MessageCard).
 */
class TeamsSender implements ChannelSender {

    private final NotificationProperties.Webhook settings;

    private final JsonPoster poster;

    TeamsSender(NotificationProperties.Webhook settings, RestClient.Builder builder) {
        this.settings = settings;
        this.poster = new JsonPoster(builder, settings.timeout());
    }

    @Override
    public Channel channel() {
        return Channel.TEAMS;
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
        List<Map<String, Object>> body = new ArrayList<>();
        body.add(textBlock(message.typeName(), Map.of("size", "Small", "isSubtle", true)));
        body.add(textBlock(message.title(), Map.of("size", "Medium", "weight", "Bolder")));
        body.add(textBlock(message.text(), Map.of()));
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.put("body", body);
        if (message.url() != null) {
            card.put("actions", List.of(Map.of("type", "Action.OpenUrl", "title", message.openLabel(), "url",
                    message.url())));
        }
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.put("contentUrl", null);
        attachment.put("content", card);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("type", "message");
        envelope.put("attachments", List.of(attachment));
        return envelope;
    }

    private static Map<String, Object> textBlock(String text, Map<String, Object> style) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", "TextBlock");
        block.put("text", text);
        block.put("wrap", true);
        block.putAll(style);
        return block;
    }
}
