package dozor.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * Preferences and addresses over REST, and how they decide which deliveries {@code notify} queues. The worker is
 * off, so queued deliveries stay PENDING where the test can see them; e-mail and Telegram are configured (to
 * endpoints nothing listens on) so that they are available channels.
 */
@TestPropertySource(properties = { "dozor.notifications.worker.enabled=false",
        "dozor.notifications.email.host=127.0.0.1", "dozor.notifications.email.port=9",
        "dozor.notifications.telegram.bot-token=1:settings-test" })
class NotificationSettingsIntegrationTests extends ApiIntegrationTest {

    static final String SLACK_HOOK = "https://hooks.slack.com/services/T000/B000/XXXXXXXX";

    static final String TEAMS_HOOK = "https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def";

    @Autowired
    Notifications notifications;

    private String newUser() {
        String name = "s" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "Пользователь " + name, PASSWORD, EnumSet.of(Role.DISPATCHER), "ru");
        return name;
    }

    private TestHttp as(String username) {
        return new TestHttp(baseUrl()).basic(username, PASSWORD);
    }

    private static Map<String, Object> addresses(String email, String telegram, String slack, String teams) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("telegramChatId", telegram);
        body.put("slackWebhookUrl", slack);
        body.put("teamsWebhookUrl", teams);
        return body;
    }

    @Test
    void aNewUserHasTheFeedOnlyForEveryTypeWithRussianNames() {
        JsonNode prefs = as(newUser()).get("/api/v1/notifications/preferences").json();

        JsonNode matrix = prefs.get("matrix");
        assertThat(matrix.propertyNames()).hasSize(NoticeType.values().length);
        for (NoticeType type : NoticeType.values()) {
            assertThat(matrix.get(type.name()).get("IN_APP").asBoolean()).isTrue();
            for (String external : List.of("EMAIL", "TELEGRAM", "SLACK", "TEAMS")) {
                assertThat(matrix.get(type.name()).get(external).asBoolean()).as(type + " " + external).isFalse();
            }
        }
        assertThat(prefs.get("types").get(0).get("code").asString()).isEqualTo("SLA_WARNING");
        assertThat(prefs.get("types").get(0).get("name").asString()).isEqualTo("Скоро истечёт срок SLA");
        assertThat(prefs.get("channels").get(1).get("name").asString()).isEqualTo("Электронная почта");
        assertThat(prefs.get("channels").get(1).get("available").asBoolean()).isTrue();
        assertThat(prefs.get("addresses").get("email").isNull()).isTrue();
    }

    @Test
    void setsOnlyTheCellsSentAndAuditsTheChange() {
        String user = newUser();
        var put = as(user).put("/api/v1/notifications/preferences",
                Map.of("matrix", Map.of("SLA_BREACHED", Map.of("TELEGRAM", true, "IN_APP", false))));

        assertThat(put.status()).isEqualTo(200);
        JsonNode matrix = put.json().get("matrix");
        assertThat(matrix.get("SLA_BREACHED").get("TELEGRAM").asBoolean()).isTrue();
        assertThat(matrix.get("SLA_BREACHED").get("IN_APP").asBoolean()).isFalse();
        assertThat(matrix.get("SLA_BREACHED").get("EMAIL").asBoolean()).isFalse();
        assertThat(matrix.get("SLA_WARNING").get("IN_APP").asBoolean()).isTrue();

        as(user).put("/api/v1/notifications/preferences", Map.of("matrix", Map.of("SLA_WARNING", Map.of("EMAIL", true))));
        JsonNode again = as(user).get("/api/v1/notifications/preferences").json().get("matrix");
        assertThat(again.get("SLA_BREACHED").get("TELEGRAM").asBoolean()).as("untouched cell kept").isTrue();
        assertThat(again.get("SLA_WARNING").get("EMAIL").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM ops.audit_log WHERE entity_id = :u AND action = "
                + "'NOTIFICATION_PREFERENCES_SET'").param("u", user).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void preferencesAndAddressesDecideWhichChannelsGetADelivery() {
        String user = newUser();
        TestHttp http = as(user);
        assertThat(http.put("/api/v1/notifications/addresses",
                addresses("ivanov@example.by", "123456789", SLACK_HOOK, null)).status()).isEqualTo(200);
        http.put("/api/v1/notifications/preferences", Map.of("matrix", Map.of("SLA_BREACHED",
                Map.of("IN_APP", false, "EMAIL", true, "TELEGRAM", true, "SLACK", false, "TEAMS", true))));

        notifications.notify(Notice.of(NoticeType.SLA_BREACHED, "k:" + UUID.randomUUID(), Set.of(user),
                "Нарушен SLA", "Заявка З-2026-000042"));
        notifications.notify(Notice.of(NoticeType.COMMENT_ADDED, "k:" + UUID.randomUUID(), Set.of(user),
                "Комментарий", "Текст"));

        // SLA_BREACHED: e-mail and Telegram (chosen, with an address); not Slack (off), not Teams (no address),
        // not the feed (off). COMMENT_ADDED: the feed only, by default.
        assertThat(deliveries(user)).containsExactlyInAnyOrder("SLA_BREACHED EMAIL PENDING",
                "SLA_BREACHED TELEGRAM PENDING");
        JsonNode feed = http.get("/api/v1/notifications").json();
        assertThat(feed.get("totalItems").asLong()).isEqualTo(1);
        assertThat(feed.get("items").get(0).get("type").asString()).isEqualTo("COMMENT_ADDED");
        assertThat(http.get("/api/v1/notifications/unread-count").json().get("unread").asLong()).isEqualTo(1);
    }

    @Test
    void storesAndClearsAddresses() {
        String user = newUser();
        var saved = as(user).put("/api/v1/notifications/addresses",
                addresses(" petrov@example.by ", "@dozor_alerts", SLACK_HOOK, TEAMS_HOOK));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("email").asString()).isEqualTo("petrov@example.by");
        assertThat(saved.json().get("teamsWebhookUrl").asString()).isEqualTo(TEAMS_HOOK);

        var cleared = as(user).put("/api/v1/notifications/addresses", addresses("", null, SLACK_HOOK, null));
        assertThat(cleared.json().get("email").isNull()).isTrue();
        assertThat(cleared.json().get("telegramChatId").isNull()).isTrue();
        assertThat(as(user).get("/api/v1/notifications/preferences").json().get("addresses").get("slackWebhookUrl")
                .asString()).isEqualTo(SLACK_HOOK);
        // The webhook URLs are secrets: the audit trail records only whether one is set.
        String audit = jdbc.sql("SELECT string_agg(after::text, ' ') FROM ops.audit_log WHERE entity_id = :u")
                .param("u", user).query(String.class).single();
        assertThat(audit).contains("petrov@example.by").doesNotContain("hooks.slack.com");
    }

    @Test
    void rejectsBadAddressesNamingEachFieldAndWritesNothing() {
        String user = newUser();
        as(user).put("/api/v1/notifications/addresses", addresses("ok@example.by", "42", null, null));
        long audits = count("ops.audit_log");

        var response = as(user).put("/api/v1/notifications/addresses", addresses("not-an-email", "chat 42",
                "https://hooks.slack.com.evil.example/services/x", "http://169.254.169.254/latest/meta-data"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(fields(problem)).containsExactlyInAnyOrder("email", "telegramChatId", "slackWebhookUrl",
                "teamsWebhookUrl");
        assertThat(message(problem, "email")).contains("электронной почты");
        assertThat(message(problem, "telegramChatId")).contains("Telegram");
        assertThat(message(problem, "slackWebhookUrl")).contains("Slack");
        JsonNode kept = as(user).get("/api/v1/notifications/preferences").json().get("addresses");
        assertThat(kept.get("email").asString()).isEqualTo("ok@example.by");
        assertThat(kept.get("telegramChatId").asString()).isEqualTo("42");
        assertThat(count("ops.audit_log")).isEqualTo(audits);

        var english = as(user).header("Accept-Language", "en").put("/api/v1/notifications/addresses",
                addresses("x@", null, null, null));
        assertThat(message(english.json(), "email")).isEqualTo("Invalid e-mail address, e.g. ivanov@example.by");
    }

    @Test
    void rejectsAMalformedMatrixAndWritesNothing() {
        String user = newUser();
        long before = count("ops.notice_preference");

        var unknownType = as(user).put("/api/v1/notifications/preferences",
                Map.of("matrix", Map.of("NO_SUCH_TYPE", Map.of("EMAIL", true))));
        var unknownChannel = as(user).put("/api/v1/notifications/preferences",
                Map.of("matrix", Map.of("SLA_WARNING", Map.of("PIGEON", true))));
        var notABoolean = as(user).put("/api/v1/notifications/preferences",
                "{\"matrix\": {\"SLA_WARNING\": {\"EMAIL\": \"perhaps\"}}}");
        var aNull = as(user).put("/api/v1/notifications/preferences",
                "{\"matrix\": {\"SLA_WARNING\": {\"EMAIL\": true, \"SLACK\": null}}}");
        var missing = as(user).put("/api/v1/notifications/preferences", "{}");

        for (var response : List.of(unknownType, unknownChannel, notABoolean, aNull, missing)) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("errors")).as(response.body()).isNotEmpty();
        }
        assertThat(fields(missing.json())).containsExactly("matrix");
        assertThat(message(missing.json(), "matrix")).contains("матрицу");
        assertThat(count("ops.notice_preference")).isEqualTo(before);
    }

    @Test
    void eachUserSeesAndChangesOnlyTheirOwnSettings() {
        String ivanov = newUser();
        String petrov = newUser();
        as(ivanov).put("/api/v1/notifications/addresses", addresses("ivanov@example.by", null, null, null));
        as(ivanov).put("/api/v1/notifications/preferences", Map.of("matrix", Map.of("SLA_WARNING", Map.of("EMAIL", true))));

        JsonNode theirs = as(petrov).get("/api/v1/notifications/preferences").json();
        assertThat(theirs.get("addresses").get("email").isNull()).isTrue();
        assertThat(theirs.get("matrix").get("SLA_WARNING").get("EMAIL").asBoolean()).isFalse();
    }

    private List<String> deliveries(String username) {
        return jdbc.sql("""
                SELECT n.type || ' ' || d.channel || ' ' || d.status FROM ops.notice_delivery d
                  JOIN ops.notice n ON n.id = d.notice_id JOIN ops.app_user u ON u.id = n.recipient_id
                 WHERE u.username = :u
                """).param("u", username).query(String.class).list();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static String message(JsonNode problem, String field) {
        for (JsonNode e : problem.get("errors")) {
            if (field.equals(e.get("field").asString())) {
                return e.get("message").asString();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }
}
