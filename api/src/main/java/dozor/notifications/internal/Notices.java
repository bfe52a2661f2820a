package dozor.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.notifications.Notice;
import dozor.notifications.NoticeType;
import dozor.notifications.NotificationView;
import dozor.shared.Ids;

/** The stored notices, one per recipient (table {@code ops.notice}). Every read is scoped to one recipient. */
@Repository
public class Notices {

    private static final String COLUMNS = """
            id, type, title_ru, text_ru, title_en, text_en, link, entity_type, entity_id, created_at, read_at""";

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new notice's id, or empty when this recipient already has a notice with the notice's key. */
    public Optional<UUID> insert(UUID recipientId, String recipientLocale, Notice notice, boolean inApp,
            Instant at) {
        return jdbc.sql("""
                INSERT INTO ops.notice (id, recipient_id, recipient_locale, type, idempotency_key, title_ru, text_ru,
                    title_en, text_en, link, entity_type, entity_id, in_app, created_at)
                VALUES (:id, :recipient, :locale, :type, :key, :titleRu, :textRu, :titleEn, :textEn, :link,
                    :entityType, :entityId, :inApp, :at)
                ON CONFLICT (recipient_id, idempotency_key) DO NOTHING
                RETURNING id
                """)
                .param("id", Ids.newId())
                .param("recipient", recipientId)
                .param("locale", recipientLocale)
                .param("type", notice.type().name())
                .param("key", notice.idempotencyKey())
                .param("titleRu", notice.titleRu())
                .param("textRu", notice.textRu())
                .param("titleEn", notice.titleEn())
                .param("textEn", notice.textEn())
                .param("link", notice.link())
                .param("entityType", notice.entityType())
                .param("entityId", notice.entityId())
                .param("inApp", inApp)
                .param("at", Timestamp.from(at))
                .query(UUID.class).optional();
    }

    /** Newest first. */
    public List<NotificationView> page(UUID recipientId, boolean unreadOnly, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM ops.notice
                WHERE recipient_id = :recipient AND in_app AND (NOT :unreadOnly OR read_at IS NULL)
                ORDER BY created_at DESC, id DESC LIMIT :size OFFSET :offset
                """).param("recipient", recipientId).param("unreadOnly", unreadOnly).param("size", size)
                .param("offset", (long) page * size).query(Notices::map).list();
    }

    public long count(UUID recipientId, boolean unreadOnly) {
        return jdbc.sql("""
                SELECT count(*) FROM ops.notice
                 WHERE recipient_id = :recipient AND in_app AND (NOT :unreadOnly OR read_at IS NULL)
                """).param("recipient", recipientId).param("unreadOnly", unreadOnly).query(Long.class).single();
    }

    /** Marks one of the recipient's notices read (keeping the first reading time); empty when it is not theirs. */
    public Optional<NotificationView> markRead(UUID recipientId, UUID id, Instant at) {
        return jdbc.sql("UPDATE ops.notice SET read_at = coalesce(read_at, :at)"
                + " WHERE id = :id AND recipient_id = :recipient AND in_app RETURNING " + COLUMNS)
                .param("at", Timestamp.from(at)).param("id", id).param("recipient", recipientId)
                .query(Notices::map).optional();
    }

    public int markAllRead(UUID recipientId, Instant at) {
        return jdbc.sql("""
                UPDATE ops.notice SET read_at = :at WHERE recipient_id = :recipient AND in_app AND read_at IS NULL
                """).param("at", Timestamp.from(at)).param("recipient", recipientId).update();
    }

    /**
     * Marks read every recipient's unread in-app notice of the type whose key starts with the prefix (the first
     * reading time is kept for those already read); returns how many.
     */
    public int markReadByKeyPrefix(NoticeType type, String keyPrefix, Instant at) {
        return jdbc.sql("""
                UPDATE ops.notice SET read_at = :at
                 WHERE type = :type AND left(idempotency_key, length(:prefix)) = :prefix AND in_app AND read_at IS NULL
                """).param("at", Timestamp.from(at)).param("type", type.name()).param("prefix", keyPrefix).update();
    }

    private static NotificationView map(ResultSet rs, int row) throws SQLException {
        Timestamp readAt = rs.getTimestamp("read_at");
        return new NotificationView(rs.getObject("id", UUID.class), NoticeType.valueOf(rs.getString("type")),
                rs.getString("title_ru"), rs.getString("text_ru"), rs.getString("title_en"), rs.getString("text_en"),
                rs.getString("link"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant());
    }
}
