package dozor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NotificationNoticeTests {

    static Notice valid() {
        return Notice.of(NoticeType.SLA_BREACHED, "sla-breached:1", List.of("ivanov", "petrov", "ivanov"),
                "Нарушен SLA", "Первый ответ просрочен");
    }

    @Test
    void buildsANoticeStepByStepWithoutDuplicateRecipients() {
        Notice notice = valid().withEnglish("SLA breached", "First response is late").withLink("/requests/42")
                .withEntity("ServiceRequest", "42");
        assertThat(notice.recipients()).containsExactly("ivanov", "petrov");
        assertThat(notice.titleEn()).isEqualTo("SLA breached");
        assertThat(notice.link()).isEqualTo("/requests/42");
        assertThat(notice.entityType()).isEqualTo("ServiceRequest");
    }

    @Test
    void refusesANoticeMissingWhatItNeeds() {
        assertThatThrownBy(() -> Notice.of(NoticeType.SLA_BREACHED, " ", List.of("a"), "t", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
        assertThatThrownBy(() -> Notice.of(NoticeType.SLA_BREACHED, "k", List.of(), "t", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recipients");
        assertThatThrownBy(() -> Notice.of(NoticeType.SLA_BREACHED, "k", List.of("a"), "", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("titleRu");
        assertThatThrownBy(() -> Notice.of(NoticeType.SLA_BREACHED, "k", List.of("a"), "t", "x".repeat(4001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("textRu");
        assertThatThrownBy(() -> Notice.of(null, "k", List.of("a"), "t", "x")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void linksOnlyIntoTheWebUi() {
        assertThatThrownBy(() -> valid().withLink("https://evil.example/login"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> valid().withLink("//evil.example/login"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> valid().withEnglish("title only", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> valid().withEntity("ServiceRequest", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsAreTheFeedOnlyAndChoicesOverrideThem() {
        assertThat(ChannelPreferences.defaults().enabledFor(NoticeType.COMMENT_ADDED)).containsExactly(Channel.IN_APP);
        ChannelPreferences chosen = new ChannelPreferences(Map.of(NoticeType.SLA_BREACHED,
                Map.of(Channel.IN_APP, false, Channel.TELEGRAM, true)));
        assertThat(chosen.enabledFor(NoticeType.SLA_BREACHED)).isEqualTo(Set.of(Channel.TELEGRAM));
        assertThat(chosen.enabledFor(NoticeType.SLA_WARNING)).containsExactly(Channel.IN_APP);
        assertThat(chosen.matrix()).hasSize(NoticeType.values().length);
        assertThat(chosen.matrix().get(NoticeType.TASK_ASSIGNED)).hasSize(Channel.values().length);
    }

    @Test
    void namesTypesInRussianUnlessEnglishIsAsked() {
        assertThat(NoticeType.SLA_BREACHED.displayName()).isEqualTo("Нарушен срок SLA");
        assertThat(NoticeType.SLA_BREACHED.displayName(Locale.ENGLISH)).isEqualTo("SLA breached");
        assertThat(NoticeType.COMMENT_ADDED.displayName(Locale.forLanguageTag("be"))).isEqualTo("Новый комментарий");
    }

    @Test
    void blankAddressesAreNoAddresses() {
        ChannelAddresses a = new ChannelAddresses(" ivanov@example.by ", "", null, "  ");
        assertThat(a.of(Channel.EMAIL)).contains("ivanov@example.by");
        assertThat(a.of(Channel.TELEGRAM)).isEmpty();
        assertThat(a.of(Channel.TEAMS)).isEmpty();
        assertThat(a.of(Channel.IN_APP)).isEmpty();
    }
}
