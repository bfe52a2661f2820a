package dozor.notifications.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.notifications.Channel;
import dozor.notifications.ChannelAddresses;
import dozor.notifications.NoticeType;

/** Deliveries of notices to external channels (table {@code ops.notice_delivery}). */
@Repository
public class DeliveryQueue {

    /** A claimed delivery with what it takes to send it; the address is the recipient's current one. */
    public record Due(long id, Channel channel, int attempts, NoticeType type, String locale, String titleRu,
            String textRu, String titleEn, String textEn, String link, Optional<String> address) {
    }

    private final JdbcClient jdbc;

    DeliveryQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void enqueue(UUID noticeId, Channel channel, Instant at) {
        jdbc.sql("""
                INSERT INTO ops.notice_delivery (notice_id, channel, next_attempt_at) VALUES (:notice, :channel, :at)
                ON CONFLICT (notice_id, channel) DO NOTHING
                """).param("notice", noticeId).param("channel", channel.name()).param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Claims up to {@code limit} deliveries due at {@code now}, counting the attempt and hiding them from other
     * workers until {@code now + lease}. One statement, so the claim commits at once and no lock is held while
     * the worker talks to a slow channel; SKIP LOCKED lets concurrent workers take different rows.
     */
    public List<Due> claim(Instant now, Duration lease, int limit) {
        List<Long> ids = jdbc.sql("""
                UPDATE ops.notice_delivery d SET attempts = d.attempts + 1, next_attempt_at = :leaseUntil
                  FROM (SELECT id FROM ops.notice_delivery
                         WHERE status IN ('PENDING', 'FAILED') AND next_attempt_at <= :now
                         ORDER BY next_attempt_at, id LIMIT :limit
                           FOR UPDATE SKIP LOCKED) due
                 WHERE d.id = due.id
                RETURNING d.id
                """).param("leaseUntil", Timestamp.from(now.plus(lease))).param("now", Timestamp.from(now))
                .param("limit", limit).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT d.id, d.channel, d.attempts, n.type, n.recipient_locale, n.title_ru, n.text_ru, n.title_en,
                       n.text_en, n.link, a.email, a.telegram_chat_id, a.slack_webhook_url, a.teams_webhook_url
                  FROM ops.notice_delivery d
                  JOIN ops.notice n ON n.id = d.notice_id
                  LEFT JOIN ops.notice_address a ON a.user_id = n.recipient_id
                 WHERE d.id IN (:ids)
                 ORDER BY d.id
                """).param("ids", ids).query((rs, n) -> {
                    Channel channel = Channel.valueOf(rs.getString("channel"));
                    ChannelAddresses addresses = new ChannelAddresses(rs.getString("email"),
                            rs.getString("telegram_chat_id"), rs.getString("slack_webhook_url"),
                            rs.getString("teams_webhook_url"));
                    return new Due(rs.getLong("id"), channel, rs.getInt("attempts"),
                            NoticeType.valueOf(rs.getString("type")), rs.getString("recipient_locale"),
                            rs.getString("title_ru"), rs.getString("text_ru"), rs.getString("title_en"),
                            rs.getString("text_en"), rs.getString("link"), addresses.of(channel));
                }).list();
    }

    public void sent(long id, Instant at) {
        jdbc.sql("UPDATE ops.notice_delivery SET status = 'SENT', sent_at = :at, last_error = NULL WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    public void retryAt(long id, Instant next, String error) {
        jdbc.sql("""
                UPDATE ops.notice_delivery SET status = 'FAILED', next_attempt_at = :next, last_error = :error
                 WHERE id = :id
                """).param("next", Timestamp.from(next)).param("error", error).param("id", id).update();
    }

    public void dead(long id, String error) {
        jdbc.sql("UPDATE ops.notice_delivery SET status = 'DEAD', last_error = :error WHERE id = :id")
                .param("error", error).param("id", id).update();
    }
}
