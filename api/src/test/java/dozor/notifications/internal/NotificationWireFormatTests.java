package dozor.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dozor.notifications.Channel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What each channel puts on the wire, before any server sees it; the integration tests check what arrives. */
class NotificationWireFormatTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final OutgoingMessage RU = new OutgoingMessage("Нарушен срок SLA", "SLA по заявке З-2026-000042 <P1>",
            "Клиент «Вектор» & Co ждёт ответа", "https://dozor.example.by/requests/42?a=1&b=2", Locale.forLanguageTag("ru"));

    static JsonNode json(Object payload) {
        return JSON.readTree(JSON.writeValueAsString(payload));
    }

    @Test
    void telegramSendsHtmlWithEscapedTextAndALinkBack() {
        JsonNode body = json(TelegramSender.payload("-1001234567890", RU));
        assertThat(body.get("chat_id").asString()).isEqualTo("-1001234567890");
        assertThat(body.get("parse_mode").asString()).isEqualTo("HTML");
        assertThat(body.get("text").asString()).isEqualTo("<b>SLA по заявке З-2026-000042 &lt;P1&gt;</b>\n"
                + "Клиент «Вектор» &amp; Co ждёт ответа\n\n"
                + "<a href=\"https://dozor.example.by/requests/42?a=1&amp;b=2\">Открыть в Дозоре</a>");
        assertThat(body.get("link_preview_options").get("is_disabled").asBoolean()).isTrue();
    }

    @Test
    void telegramCutsATextTooLongForOneMessage() {
        var long1 = new OutgoingMessage("Тип", "Заголовок", "я".repeat(5000), null, Locale.forLanguageTag("ru"));
        String text = json(TelegramSender.payload("1", long1)).get("text").asString();
        assertThat(text.length()).isLessThan(4096);
        assertThat(text).endsWith("…");
    }

    @Test
    void slackSendsMrkdwnTextWithEscapedControlCharacters() {
        JsonNode body = json(SlackSender.payload(RU));
        assertThat(body.propertyNames()).containsExactly("text");
        assertThat(body.get("text").asString()).isEqualTo("*SLA по заявке З-2026-000042 &lt;P1&gt;*\n"
                + "Клиент «Вектор» &amp; Co ждёт ответа\n"
                + "<https://dozor.example.by/requests/42?a=1&amp;b=2|Открыть в Дозоре>");
    }

    @Test
    void teamsSendsAnAdaptiveCardInAMessageEnvelope() {
        JsonNode body = json(TeamsSender.payload(RU));
        assertThat(body.get("type").asString()).isEqualTo("message");
        JsonNode attachment = body.get("attachments").get(0);
        assertThat(attachment.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(attachment.get("contentUrl").isNull()).isTrue();
        JsonNode card = attachment.get("content");
        assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
        assertThat(card.get("version").asString()).isEqualTo("1.4");
        assertThat(card.get("body").get(0).get("text").asString()).isEqualTo("Нарушен срок SLA");
        assertThat(card.get("body").get(1).get("text").asString()).isEqualTo("SLA по заявке З-2026-000042 <P1>");
        assertThat(card.get("body").get(1).get("weight").asString()).isEqualTo("Bolder");
        assertThat(card.get("actions").get(0).get("type").asString()).isEqualTo("Action.OpenUrl");
        assertThat(card.get("actions").get(0).get("url").asString())
                .isEqualTo("https://dozor.example.by/requests/42?a=1&b=2");
    }

    @Test
    void aMessageWithoutLinkHasNoLinkAnywhere() {
        var plain = new OutgoingMessage("New comment", "Title", "Text", null, Locale.ENGLISH);
        assertThat(json(TelegramSender.payload("1", plain)).get("text").asString()).doesNotContain("href");
        assertThat(json(SlackSender.payload(plain)).get("text").asString()).isEqualTo("*Title*\nText");
        assertThat(json(TeamsSender.payload(plain)).get("attachments").get(0).get("content").has("actions")).isFalse();
        assertThat(EmailSender.body(plain)).isEqualTo("Text\n\n— Dozor, New comment\n");
    }

    @Test
    void webhooksAreAcceptedOnlyOverHttpsOnTheServicesOwnHosts() {
        WebhookPolicy policy = new WebhookPolicy(null, null);
        assertThat(policy.accepts(Channel.SLACK, "https://hooks.slack.com/services/T0/B0/XYZ")).isTrue();
        assertThat(policy.accepts(Channel.SLACK, "http://hooks.slack.com/services/T0/B0/XYZ")).isFalse();
        assertThat(policy.accepts(Channel.SLACK, "https://hooks.slack.com.evil.example/services")).isFalse();
        assertThat(policy.accepts(Channel.SLACK, "https://evilhooks.slack.com.example/x")).isFalse();
        assertThat(policy.accepts(Channel.SLACK, "https://user:pw@hooks.slack.com/services/x")).isFalse();
        assertThat(policy.accepts(Channel.SLACK, "https://169.254.169.254/latest/meta-data")).isFalse();
        assertThat(policy.accepts(Channel.SLACK, "not a url")).isFalse();
        assertThat(policy.accepts(Channel.TEAMS, "https://contoso.webhook.office.com/webhookb2/abc")).isTrue();
        assertThat(policy.accepts(Channel.TEAMS,
                "https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke")).isTrue();
        assertThat(policy.accepts(Channel.TEAMS, "https://hooks.slack.com/services/T0/B0/XYZ")).isFalse();
        assertThat(policy.accepts(Channel.EMAIL, "https://hooks.slack.com/services/T0/B0/XYZ")).isFalse();
    }

    @Test
    void plainHttpIsAcceptedOnlyForAListedLoopbackHost() {
        WebhookPolicy local = new WebhookPolicy(List.of("127.0.0.1"), List.of("127.0.0.1"));
        assertThat(local.accepts(Channel.SLACK, "http://127.0.0.1:8123/slack")).isTrue();
        assertThat(new WebhookPolicy(null, null).accepts(Channel.SLACK, "http://127.0.0.1:8123/slack")).isFalse();
        WebhookPolicy listedButRemote = new WebhookPolicy(List.of("chat.example.by"), null);
        assertThat(listedButRemote.accepts(Channel.SLACK, "http://chat.example.by/hook")).isFalse();
        assertThat(listedButRemote.accepts(Channel.SLACK, "https://chat.example.by/hook")).isTrue();
    }
}
