package dozor.notifications.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.client.RestClient;

import dozor.notifications.Channel;

/**
 * The Telegram Bot API: {@code POST {baseUrl}/bot{token}/sendMessage} with a JSON body. HTML parse mode, because
 * it needs only three characters escaped (Markdown needs a dozen, and a stray one fails the whole message).
 */
class TelegramSender implements ChannelSender {

    /** Telegram's limit is 4096 characters after entity parsing; the text is cut well before that. */
    static final int MAX_TEXT = 3500;

    private final NotificationProperties.Telegram settings;

    private final JsonPoster poster;

    TelegramSender(NotificationProperties.Telegram settings, RestClient.Builder builder) {
        this.settings = settings;
        this.poster = new JsonPoster(builder, settings.timeout());
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public boolean available() {
        return settings.configured();
    }

    @Override
    public void send(OutgoingMessage message, String chatId) throws DeliveryFailure {
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl() : settings.baseUrl() + "/";
        poster.post(URI.create(base + "bot" + settings.botToken() + "/sendMessage"), payload(chatId, message));
    }

    static Map<String, Object> payload(String chatId, OutgoingMessage message) {
        StringBuilder text = new StringBuilder().append("<b>").append(html(message.title())).append("</b>\n")
                .append(html(cut(message.text(), MAX_TEXT)));
        if (message.url() != null) {
            text.append("\n\n<a href=\"").append(html(message.url()).replace("\"", "&quot;")).append("\">")
                    .append(html(message.openLabel())).append("</a>");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chat_id", chatId);
        body.put("text", text.toString());
        body.put("parse_mode", "HTML");
        body.put("link_preview_options", Map.of("is_disabled", true));
        return body;
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
