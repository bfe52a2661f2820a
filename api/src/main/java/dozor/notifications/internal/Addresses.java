package dozor.notifications.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.notifications.ChannelAddresses;

/** Where each user is reached outside the app (table {@code ops.notice_address}). */
@Repository
public class Addresses {

    private final JdbcClient jdbc;

    Addresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChannelAddresses of(UUID userId) {
        return jdbc.sql("""
                SELECT email, telegram_chat_id, slack_webhook_url, teams_webhook_url
                  FROM ops.notice_address WHERE user_id = :user
                """).param("user", userId)
                .query((rs, n) -> new ChannelAddresses(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .optional().orElse(ChannelAddresses.NONE);
    }

    /** Replaces all of the user's addresses; a {@code null} part clears that address. */
    public void put(UUID userId, ChannelAddresses a) {
        jdbc.sql("""
                INSERT INTO ops.notice_address (user_id, email, telegram_chat_id, slack_webhook_url, teams_webhook_url)
                VALUES (:user, :email, :telegram, :slack, :teams)
                ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email,
                    telegram_chat_id = EXCLUDED.telegram_chat_id, slack_webhook_url = EXCLUDED.slack_webhook_url,
                    teams_webhook_url = EXCLUDED.teams_webhook_url, updated_at = now()
                """).param("user", userId).param("email", a.email()).param("telegram", a.telegramChatId())
                .param("slack", a.slackWebhookUrl()).param("teams", a.teamsWebhookUrl()).update();
    }
}
