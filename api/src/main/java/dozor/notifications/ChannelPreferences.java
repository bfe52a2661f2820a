package dozor.notifications;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A user's full choice matrix, notice type × channel → on/off, with the defaults filled in. */
public record ChannelPreferences(Map<NoticeType, Map<Channel, Boolean>> matrix) {

    public ChannelPreferences {
        EnumMap<NoticeType, Map<Channel, Boolean>> full = new EnumMap<>(NoticeType.class);
        for (NoticeType type : NoticeType.values()) {
            Map<Channel, Boolean> given = matrix.getOrDefault(type, Map.of());
            EnumMap<Channel, Boolean> row = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                row.put(channel, given.getOrDefault(channel, channel.enabledByDefault()));
            }
            full.put(type, Collections.unmodifiableMap(row));
        }
        matrix = Collections.unmodifiableMap(full);
    }

    /** Nothing chosen yet: the feed for every type, no external channel. */
    public static ChannelPreferences defaults() {
        return new ChannelPreferences(Map.of());
    }

    public boolean enabled(NoticeType type, Channel channel) {
        return matrix.get(type).get(channel);
    }

    public Set<Channel> enabledFor(NoticeType type) {
        Set<Channel> on = EnumSet.noneOf(Channel.class);
        matrix.get(type).forEach((channel, enabled) -> {
            if (enabled) {
                on.add(channel);
            }
        });
        return on;
    }
}
