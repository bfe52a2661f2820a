package dozor.notifications;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Something worth telling people, as another feature hands it to {@link Notifications#notify(Notice)}.
 * Build one with {@link #of} and refine it with the {@code with…} methods:
 *
 * <pre>{@code
 * notifications.notify(Notice.of(NoticeType.SLA_BREACHED, "sla-breached:" + event.eventId(), Set.of("ivanov"),
 *                 "Нарушен SLA по заявке З-2026-000042", "Первый ответ просрочен на 15 минут.")
 *         .withEnglish("SLA breached on request З-2026-000042", "First response is 15 minutes late.")
 *         .withLink("/requests/" + requestId)
 *         .withEntity("ServiceRequest", requestId.toString()));
 * }</pre>
 *
 * @param type what the notice is about; recipients' preferences are kept per type
 * @param idempotencyKey the same key twice gives each recipient one notice; use the event id of a re-deliverable
 *        event (at most 200 characters)
 * @param recipients usernames; unknown or disabled users are skipped
 * @param titleRu Russian title (at most 200 characters), shown in the feed and as the e-mail subject
 * @param textRu Russian text (at most 4000 characters)
 * @param titleEn English title, or {@code null} (then English readers get the Russian one)
 * @param textEn English text, {@code null} exactly when {@code titleEn} is
 * @param link a path inside the web UI such as {@code /requests/<id>}, or {@code null}
 * @param entityType the kind of thing the notice is about (e.g. {@code ServiceRequest}), or {@code null}
 * @param entityId its id, {@code null} exactly when {@code entityType} is
 */
public record Notice(NoticeType type, String idempotencyKey, Set<String> recipients, String titleRu, String textRu,
        String titleEn, String textEn, String link, String entityType, String entityId) {

    static final int MAX_KEY = 200;

    static final int MAX_TITLE = 200;

    static final int MAX_TEXT = 4000;

    public Notice {
        Objects.requireNonNull(type, "type");
        requireText(idempotencyKey, MAX_KEY, "idempotencyKey");
        Objects.requireNonNull(recipients, "recipients");
        recipients = Collections.unmodifiableSet(new LinkedHashSet<>(recipients));
        if (recipients.isEmpty() || recipients.stream().anyMatch(r -> r == null || r.isBlank())) {
            throw new IllegalArgumentException("recipients must be non-empty usernames");
        }
        requireText(titleRu, MAX_TITLE, "titleRu");
        requireText(textRu, MAX_TEXT, "textRu");
        if ((titleEn == null) != (textEn == null)) {
            throw new IllegalArgumentException("titleEn and textEn go together");
        }
        if (titleEn != null) {
            requireText(titleEn, MAX_TITLE, "titleEn");
            requireText(textEn, MAX_TEXT, "textEn");
        }
        // Only paths inside Dozor: a notice must not be a way to send people to another site.
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 500)) {
            throw new IllegalArgumentException("link must be a path inside the web UI, such as /requests/<id>");
        }
        if ((entityType == null) != (entityId == null)) {
            throw new IllegalArgumentException("entityType and entityId go together");
        }
    }

    /** A notice with the required parts; no English, link or entity yet. */
    public static Notice of(NoticeType type, String idempotencyKey, Collection<String> recipients, String titleRu,
            String textRu) {
        return new Notice(type, idempotencyKey, new LinkedHashSet<>(recipients), titleRu, textRu, null, null, null,
                null, null);
    }

    public Notice withEnglish(String title, String text) {
        return new Notice(type, idempotencyKey, recipients, titleRu, textRu, title, text, link, entityType, entityId);
    }

    public Notice withLink(String path) {
        return new Notice(type, idempotencyKey, recipients, titleRu, textRu, titleEn, textEn, path, entityType,
                entityId);
    }

    public Notice withEntity(String type, String id) {
        return new Notice(this.type, idempotencyKey, recipients, titleRu, textRu, titleEn, textEn, link, type, id);
    }

    private static void requireText(String value, int max, String name) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
        }
    }
}
