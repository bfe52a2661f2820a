package dozor.notifications.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.notifications.Channel;
import dozor.notifications.ChannelPreferences;
import dozor.notifications.NoticeType;

/** Users' choices of channel per notice type (table {@code ops.notice_preference}); absent cells are defaults. */
@Repository
public class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChannelPreferences of(UUID userId) {
        Map<NoticeType, Map<Channel, Boolean>> chosen = new EnumMap<>(NoticeType.class);
        jdbc.sql("SELECT type, channel, enabled FROM ops.notice_preference WHERE user_id = :user")
                .param("user", userId).query((rs, n) -> {
                    NoticeType type = enumOrNull(NoticeType.class, rs.getString(1));
                    Channel channel = enumOrNull(Channel.class, rs.getString(2));
                    // A type or channel that was retired since is ignored rather than breaking every read.
                    if (type != null && channel != null) {
                        chosen.computeIfAbsent(type, t -> new EnumMap<>(Channel.class)).put(channel,
                                rs.getBoolean(3));
                    }
                    return null;
                }).list();
        return new ChannelPreferences(chosen);
    }

    /** Sets the given cells and leaves the others as they are. */
    public void put(UUID userId, Map<NoticeType, Map<Channel, Boolean>> cells) {
        cells.forEach((type, row) -> row.forEach((channel, enabled) -> jdbc.sql("""
                INSERT INTO ops.notice_preference (user_id, type, channel, enabled)
                VALUES (:user, :type, :channel, :enabled)
                ON CONFLICT (user_id, type, channel) DO UPDATE SET enabled = EXCLUDED.enabled
                """).param("user", userId).param("type", type.name()).param("channel", channel.name())
                .param("enabled", enabled).update()));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
