package dozor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import dozor.api.security.Role;
import dozor.notifications.internal.DeliveryScheduler;
import dozor.notifications.internal.DeliveryWorker;
import dozor.testing.ApiIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * Every external channel against a real local server: GreenMail for SMTP, and a capture server standing in for
 * Telegram, Slack and Teams. The worker's thread is off; tests run its rounds themselves at chosen instants, so
 * back-off is checked without waiting it out. One test starts the real thread to show the asynchronous path.
 */
class NotificationDeliveryIntegrationTests extends ApiIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    static final CaptureServer CAPTURE = CaptureServer.start();

    static final String TOKEN = "123456:TEST-token";

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("dozor.notifications.worker.enabled", () -> "false");
        registry.add("dozor.notifications.public-url", () -> "https://dozor.example.by/");
        registry.add("dozor.notifications.retry.base-delay", () -> "30s");
        registry.add("dozor.notifications.retry.max-attempts", () -> "4");
        registry.add("dozor.notifications.email.host", () -> "127.0.0.1");
        registry.add("dozor.notifications.email.port", () -> SMTP.getSmtp().getPort());
        registry.add("dozor.notifications.email.from", () -> "Дозор <noreply@dozor.example.by>");
        registry.add("dozor.notifications.telegram.base-url", () -> CAPTURE.url("/tg"));
        registry.add("dozor.notifications.telegram.bot-token", () -> TOKEN);
        registry.add("dozor.notifications.telegram.timeout", () -> "3s");
        registry.add("dozor.notifications.slack.allowed-hosts", () -> "127.0.0.1");
        registry.add("dozor.notifications.slack.timeout", () -> "3s");
        registry.add("dozor.notifications.teams.allowed-hosts", () -> "127.0.0.1");
        registry.add("dozor.notifications.teams.timeout", () -> "3s");
    }

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationSettings settings;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    DeliveryScheduler scheduler;

    @Autowired
    TransactionTemplate tx;

    @AfterAll
    static void stopCapture() {
        CAPTURE.close();
    }

    /** Each test sees only its own deliveries and requests. */
    @BeforeEach
    void isolate() throws Exception {
        CAPTURE.reset();
        SMTP.purgeEmailFromAllMailboxes();
        jdbc.sql("UPDATE ops.notice_delivery SET status = 'DEAD' WHERE status IN ('PENDING', 'FAILED')").update();
    }

    /** A user who gets {@code type} on {@code channels} only, with every address set. */
    private String userReachedBy(NoticeType type, String locale, Channel... channels) {
        String name = "d" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "Получатель " + name, PASSWORD, EnumSet.of(Role.ENGINEER), locale);
        settings.updateAddresses(name, new ChannelAddresses(name + "@example.by", "-1001234567890",
                CAPTURE.url("/slack/T000/B000/" + name), CAPTURE.url("/teams/workflows/" + name)));
        Map<Channel, Boolean> row = new java.util.EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            row.put(c, Set.of(channels).contains(c));
        }
        settings.updatePreferences(name, Map.of(type, row));
        return name;
    }

    private void notifyBreach(String recipient) {
        notifications.notify(Notice.of(NoticeType.SLA_BREACHED, "sla-breached:" + UUID.randomUUID(),
                Set.of(recipient), "Нарушен SLA по заявке З-2026-000042", "Первый ответ просрочен на 15 минут.")
                .withEnglish("SLA breached on request З-2026-000042", "First response is 15 minutes late.")
                .withLink("/requests/42"));
    }

    private Map<String, Object> delivery(String recipient, Channel channel) {
        return jdbc.sql("""
                SELECT d.status, d.attempts, d.next_attempt_at, d.last_error, d.sent_at FROM ops.notice_delivery d
                  JOIN ops.notice n ON n.id = d.notice_id JOIN ops.app_user u ON u.id = n.recipient_id
                 WHERE u.username = :u AND d.channel = :c
                """).param("u", recipient).param("c", channel.name()).query().singleRow();
    }

    private static Instant at(Map<String, Object> row) {
        return ((java.sql.Timestamp) row.get("next_attempt_at")).toInstant();
    }

    @Test
    void sendsAnEmailOverSmtpWithARussianSubjectAndBodyInUtf8() throws Exception {
        String user = userReachedBy(NoticeType.SLA_BREACHED, "ru", Channel.EMAIL);
        notifyBreach(user);

        assertThat(worker.runDue(Instant.now())).isEqualTo(1);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(user + "@example.by");
        assertThat(mail.getHeader("From")[0]).startsWith("=?UTF-8?").endsWith("<noreply@dozor.example.by>");
        assertThat(((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Дозор");
        assertThat(mail.getSubject()).isEqualTo("Нарушен SLA по заявке З-2026-000042");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) mail.getContent()).contains("Первый ответ просрочен на 15 минут.")
                .contains("Открыть в Дозоре: https://dozor.example.by/requests/42").contains("Нарушен срок SLA");
        assertThat(delivery(user, Channel.EMAIL)).containsEntry("status", "SENT").containsEntry("attempts", 1);
    }

    @Test
    void postsToTelegramsSendMessageWithTheChatIdAndHtmlText() {
        String user = userReachedBy(NoticeType.SLA_BREACHED, "ru", Channel.TELEGRAM);
        notifyBreach(user);

        worker.runDue(Instant.now());

        List<CaptureServer.Captured> calls = CAPTURE.requests();
        assertThat(calls).hasSize(1);
        CaptureServer.Captured call = calls.get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/tg/bot" + TOKEN + "/sendMessage");
        assertThat(call.contentType()).startsWith("application/json");
        JsonNode body = call.json();
        assertThat(body.get("chat_id").asString()).isEqualTo("-1001234567890");
        assertThat(body.get("parse_mode").asString()).isEqualTo("HTML");
        assertThat(body.get("text").asString()).isEqualTo("<b>Нарушен SLA по заявке З-2026-000042</b>\n"
                + "Первый ответ просрочен на 15 минут.\n\n"
                + "<a href=\"https://dozor.example.by/requests/42\">Открыть в Дозоре</a>");
        assertThat(delivery(user, Channel.TELEGRAM)).containsEntry("status", "SENT");
    }

    @Test
    void postsSlackTextToTheUsersWebhookInTheirLanguage() {
        String user = userReachedBy(NoticeType.SLA_BREACHED, "en", Channel.SLACK);
        notifyBreach(user);

        worker.runDue(Instant.now());

        CaptureServer.Captured call = CAPTURE.requests().get(0);
        assertThat(call.path()).isEqualTo("/slack/T000/B000/" + user);
        assertThat(call.json().propertyNames()).containsExactly("text");
        assertThat(call.json().get("text").asString()).isEqualTo("*SLA breached on request З-2026-000042*\n"
                + "First response is 15 minutes late.\n<https://dozor.example.by/requests/42|Open in Dozor>");
    }

    @Test
    void postsAnAdaptiveCardToTheUsersTeamsWebhook() {
        String user = userReachedBy(NoticeType.SLA_BREACHED, "ru", Channel.TEAMS);
        notifyBreach(user);

        worker.runDue(Instant.now());

        CaptureServer.Captured call = CAPTURE.requests().get(0);
        assertThat(call.path()).isEqualTo("/teams/workflows/" + user);
        JsonNode body = call.json();
        assertThat(body.get("type").asString()).isEqualTo("message");
        JsonNode attachment = body.get("attachments").get(0);
        assertThat(attachment.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = attachment.get("content");
        assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
        assertThat(card.get("body").get(1).get("text").asString()).isEqualTo("Нарушен SLA по заявке З-2026-000042");
        assertThat(card.get("body").get(2).get("text").asString()).isEqualTo("Первый ответ просрочен на 15 минут.");
        assertThat(card.get("actions").get(0).get("url").asString()).isEqualTo("https://dozor.example.by/requests/42");
    }

    @Test
    void retriesAFailingChannelAfterADoublingPauseUntilItTakesTheMessage() {
        String user = userReachedBy(NoticeType.SLA_BREACHED, "ru", Channel.TELEGRAM);
        notifyBreach(user);
        CAPTURE.failNext(2, 500);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

        assertThat(worker.runDue(t0)).isEqualTo(1);
        var first = delivery(user, Channel.TELEGRAM);
        assertThat(first).containsEntry("status", "FAILED").containsEntry("attempts", 1);
        assertThat((String) first.get("last_error")).startsWith("HTTP 500").doesNotContain(TOKEN);
        assertThat(at(first)).isEqualTo(t0.plusSeconds(30));

        Instant t1 = t0.plusSeconds(30);
        assertThat(worker.runDue(t1.minusSeconds(1))).as("not due yet").isZero();
        assertThat(worker.runDue(t1)).isEqualTo(1);
        var second = delivery(user, Channel.TELEGRAM);
        assertThat(second).containsEntry("status", "FAILED").containsEntry("attempts", 2);
        assertThat(at(second)).isEqualTo(t1.plusSeconds(60));

        Instant t2 = t1.plusSeconds(60);
        assertThat(worker.runDue(t2.minusSeconds(1))).isZero();
        assertThat(worker.runDue(t2)).isEqualTo(1);
        assertThat(delivery(user, Channel.TELEGRAM)).containsEntry("status", "SENT").containsEntry("attempts", 3)
                .containsEntry("last_error", null);
        assertThat(CAPTURE.requestsTo("/tg/")).hasSize(3);
    }

    @Test
    void givesUpAfterTheLastAttemptAndMarksTheDeliveryDead() {
        String user = userReachedBy(NoticeType.SLA_BREACHED, "ru", Channel.SLACK);
        notifyBreach(user);
        CAPTURE.failNext(100, 503);
        Instant t = Instant.now();

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(worker.runDue(t)).as("attempt " + attempt).isEqualTo(1);
            t = attempt < 4 ? at(delivery(user, Channel.SLACK)) : t;
        }

        assertThat(delivery(user, Channel.SLACK)).containsEntry("status", "DEAD").containsEntry("attempts", 4);
        assertThat(worker.runDue(t.plus(Duration.ofDays(1)))).isZero();
        assertThat(CAPTURE.requestsTo("/slack/")).hasSize(4);
    }

    @Test
    void aPermanentRefusalIsNotRetried() {
        String user = userReachedBy(NoticeType.SLA_BREACHED, "ru", Channel.TELEGRAM);
        notifyBreach(user);
        CAPTURE.failNext(1, 400);

        worker.runDue(Instant.now());

        var row = delivery(user, Channel.TELEGRAM);
        assertThat(row).containsEntry("status", "DEAD").containsEntry("attempts", 1);
        assertThat((String) row.get("last_error")).startsWith("HTTP 400");
    }

    @Test
    void aDeliveryWhoseAddressWasRemovedIsDeadWithoutASend() {
        String user = userReachedBy(NoticeType.SLA_BREACHED, "ru", Channel.TEAMS);
        notifyBreach(user);
        settings.updateAddresses(user, ChannelAddresses.NONE);

        worker.runDue(Instant.now());

        assertThat(delivery(user, Channel.TEAMS)).containsEntry("status", "DEAD");
        assertThat(CAPTURE.requests()).isEmpty();
    }

    @Test
    void notifyReturnsAtOnceAndTheCallerCommitsWhileEveryChannelHangsAndFails() {
        String first = userReachedBy(NoticeType.SLA_BREACHED, "ru", Channel.TELEGRAM, Channel.SLACK, Channel.TEAMS);
        String second = userReachedBy(NoticeType.SLA_BREACHED, "ru", Channel.TELEGRAM, Channel.SLACK, Channel.TEAMS);
        CAPTURE.failNext(1000, 500);
        CAPTURE.hold();
        scheduler.start();
        try {
            notifyBreach(first);
            // The worker, woken by the commit, is now stuck in a channel that does not answer.
            await().atMost(Duration.ofSeconds(10)).until(() -> !CAPTURE.requests().isEmpty());

            String key = "caller-" + UUID.randomUUID();
            long started = System.nanoTime();
            tx.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO ops.app_setting (key, value) VALUES (:k, 'v')").param("k", key).update();
                notifyBreach(second);
            });
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(Duration.ofSeconds(2));
            assertThat(jdbc.sql("SELECT count(*) FROM ops.app_setting WHERE key = :k").param("k", key)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(delivery(second, Channel.SLACK)).containsEntry("status", "PENDING");

            CAPTURE.release();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (String user : List.of(first, second)) {
                    for (Channel channel : List.of(Channel.TELEGRAM, Channel.SLACK, Channel.TEAMS)) {
                        assertThat(delivery(user, channel)).as(user + " " + channel)
                                .containsEntry("status", "FAILED").containsEntry("attempts", 1);
                    }
                }
            });
        }
        finally {
            scheduler.stop();
            CAPTURE.reset();
        }
    }
}
