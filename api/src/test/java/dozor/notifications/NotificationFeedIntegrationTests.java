package dozor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.TestHttp;
import tools.jackson.databind.JsonNode;

/** The in-app feed over REST, against the real database; the delivery worker is off (nothing is external here). */
@TestPropertySource(properties = "dozor.notifications.worker.enabled=false")
class NotificationFeedIntegrationTests extends ApiIntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate tx;

    private String newUser(String locale) {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "Пользователь " + name, PASSWORD, EnumSet.of(Role.ENGINEER), locale);
        return name;
    }

    private TestHttp as(String username) {
        return new TestHttp(baseUrl()).basic(username, PASSWORD);
    }

    private static Notice notice(String key, String... recipients) {
        return Notice.of(NoticeType.REQUEST_ASSIGNED, key, List.of(recipients), "Вам назначена заявка З-2026-000042",
                "Клиент ООО «Вектор», регистратор Hikvision.").withLink("/requests/42")
                .withEntity("ServiceRequest", "42");
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }

    @Test
    void recordsANoticeForEachRecipientAndCountsItUnread() {
        String ivanov = newUser("ru");
        String petrov = newUser("ru");

        assertThat(notifications.notify(notice(key(), ivanov, petrov))).isEqualTo(2);

        for (String user : List.of(ivanov, petrov)) {
            assertThat(as(user).get("/api/v1/notifications/unread-count").json().get("unread").asLong()).isEqualTo(1);
            JsonNode item = as(user).get("/api/v1/notifications").json().get("items").get(0);
            assertThat(item.get("type").asString()).isEqualTo("REQUEST_ASSIGNED");
            assertThat(item.get("typeName").asString()).isEqualTo("Назначена заявка");
            assertThat(item.get("title").asString()).isEqualTo("Вам назначена заявка З-2026-000042");
            assertThat(item.get("link").asString()).isEqualTo("/requests/42");
            assertThat(item.get("entityType").asString()).isEqualTo("ServiceRequest");
            assertThat(item.get("read").asBoolean()).isFalse();
        }
    }

    @Test
    void theSameIdempotencyKeyTwiceGivesEachRecipientOneNotice() {
        String ivanov = newUser("ru");
        String petrov = newUser("ru");
        String key = key();

        assertThat(notifications.notify(notice(key, ivanov))).isEqualTo(1);
        // A re-delivered event, now also naming a second person: only the newcomer gets something new.
        assertThat(notifications.notify(notice(key, ivanov, petrov))).isEqualTo(1);
        assertThat(notifications.notify(notice(key, ivanov, petrov))).isZero();

        assertThat(as(ivanov).get("/api/v1/notifications").json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(as(petrov).get("/api/v1/notifications").json().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void listsNewestFirstInPagesAndCanShowOnlyUnread() {
        String user = newUser("ru");
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Notice n = Notice.of(NoticeType.COMMENT_ADDED, key(), Set.of(user), "Комментарий " + i, "Текст " + i);
            notifications.notify(n);
            titles.add(n.titleRu());
        }
        TestHttp http = as(user);
        JsonNode first = http.get("/api/v1/notifications?page=0&size=2").json();
        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(titles(first)).containsExactly("Комментарий 3", "Комментарий 2");
        assertThat(titles(http.get("/api/v1/notifications?page=1&size=2").json())).containsExactly("Комментарий 1");

        String newest = first.get("items").get(0).get("id").asString();
        assertThat(http.post("/api/v1/notifications/" + newest + "/read", "").status()).isEqualTo(200);
        JsonNode unread = http.get("/api/v1/notifications?unreadOnly=true").json();
        assertThat(titles(unread)).containsExactly("Комментарий 2", "Комментарий 1");
        assertThat(unread.get("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void marksOneReadThenAllRead() {
        String user = newUser("ru");
        notifications.notify(notice(key(), user));
        notifications.notify(notice(key(), user));
        TestHttp http = as(user);
        String id = http.get("/api/v1/notifications").json().get("items").get(1).get("id").asString();

        JsonNode read = http.post("/api/v1/notifications/" + id + "/read", "").json();
        assertThat(read.get("read").asBoolean()).isTrue();
        assertThat(read.get("readAt").isNull()).isFalse();
        String firstReadAt = read.get("readAt").asString();
        // Marking again is harmless and keeps the first reading time.
        assertThat(http.post("/api/v1/notifications/" + id + "/read", "").json().get("readAt").asString())
                .isEqualTo(firstReadAt);
        assertThat(http.get("/api/v1/notifications/unread-count").json().get("unread").asLong()).isEqualTo(1);

        assertThat(http.post("/api/v1/notifications/read-all", "").json().get("marked").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/notifications/unread-count").json().get("unread").asLong()).isZero();
        assertThat(http.post("/api/v1/notifications/read-all", "").json().get("marked").asInt()).isZero();
    }

    @Test
    void aUserCannotSeeOrMarkAnotherUsersNotice() {
        String owner = newUser("ru");
        String other = newUser("ru");
        notifications.notify(notice(key(), owner));
        String id = as(owner).get("/api/v1/notifications").json().get("items").get(0).get("id").asString();

        assertThat(as(other).get("/api/v1/notifications").json().get("totalItems").asLong()).isZero();
        var refused = as(other).post("/api/v1/notifications/" + id + "/read", "");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("title").asString()).isEqualTo("Не найдено");
        assertThat(refused.json().get("detail").asString()).isEqualTo("Уведомление " + id + " не найдено");
        assertThat(as(other).post("/api/v1/notifications/read-all", "").json().get("marked").asInt()).isZero();

        assertThat(as(owner).get("/api/v1/notifications/unread-count").json().get("unread").asLong()).isEqualTo(1);
    }

    @Test
    void anUnknownIdIs404AndAMalformedOneOrABadPageIs400() {
        String user = newUser("ru");
        assertThat(as(user).post("/api/v1/notifications/" + UUID.randomUUID() + "/read", "").status()).isEqualTo(404);
        var malformed = as(user).post("/api/v1/notifications/not-a-uuid/read", "");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
        var badSize = as(user).get("/api/v1/notifications?size=0");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void answersInEnglishWhenAskedAndTheNoticeHasEnglish() {
        String user = newUser("en");
        notifications.notify(notice(key(), user).withEnglish("Request З-2026-000042 is yours", "Customer Vektor."));
        notifications.notify(Notice.of(NoticeType.COMMENT_ADDED, key(), Set.of(user), "Только по-русски", "Текст"));

        JsonNode items = as(user).header("Accept-Language", "en").get("/api/v1/notifications").json().get("items");
        assertThat(items.get(0).get("title").asString()).isEqualTo("Только по-русски");
        assertThat(items.get(0).get("typeName").asString()).isEqualTo("New comment");
        assertThat(items.get(1).get("title").asString()).isEqualTo("Request З-2026-000042 is yours");
        assertThat(as(user).get("/api/v1/notifications").json().get("items").get(1).get("title").asString())
                .isEqualTo("Вам назначена заявка З-2026-000042");
    }

    @Test
    void aRolledBackCallerNotifiesNobodyAndACommittedOneDoes() {
        String user = newUser("ru");
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            notifications.notify(notice(key(), user));
            throw new IllegalStateException("the caller's change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(as(user).get("/api/v1/notifications/unread-count").json().get("unread").asLong()).isZero();

        tx.executeWithoutResult(status -> notifications.notify(notice(key(), user)));
        assertThat(as(user).get("/api/v1/notifications/unread-count").json().get("unread").asLong()).isEqualTo(1);
    }

    @Test
    void skipsUnknownRecipientsAndNotifiesTheRest() {
        String user = newUser("ru");
        assertThat(notifications.notify(notice(key(), "nobody-" + UUID.randomUUID(), user))).isEqualTo(1);
        assertThat(as(user).get("/api/v1/notifications/unread-count").json().get("unread").asLong()).isEqualTo(1);
    }

    @Test
    void everyStaffRoleHasAFeedAndAnonymousCallersHaveNone() {
        for (Role role : Role.values()) {
            assertThat(as(role).get("/api/v1/notifications/unread-count").status()).as(role.name()).isEqualTo(200);
        }
        assertThat(anonymous().get("/api/v1/notifications").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/v1/notifications/read-all", "").status()).isEqualTo(401);
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(i -> titles.add(i.get("title").asString()));
        return titles;
    }
}
