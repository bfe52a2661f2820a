package dozor.notifications;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One notice in its recipient's feed, in both languages; {@link #title(Locale)} picks the reader's. */
public record NotificationView(UUID id, NoticeType type, String titleRu, String textRu, String titleEn,
        String textEn, String link, String entityType, String entityId, Instant createdAt, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }

    public String title(Locale locale) {
        return english(locale) && titleEn != null ? titleEn : titleRu;
    }

    public String text(Locale locale) {
        return english(locale) && textEn != null ? textEn : textRu;
    }

    private static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
