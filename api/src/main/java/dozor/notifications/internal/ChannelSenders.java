package dozor.notifications.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dozor.notifications.Channel;

/** The external channels' clients, by channel. */
public class ChannelSenders {

    private final Map<Channel, ChannelSender> byChannel = new EnumMap<>(Channel.class);

    ChannelSenders(List<ChannelSender> senders) {
        senders.forEach(s -> byChannel.put(s.channel(), s));
    }

    public Optional<ChannelSender> of(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }

    /** The feed, and every external channel whose endpoint is configured. */
    public Set<Channel> available() {
        Set<Channel> channels = EnumSet.of(Channel.IN_APP);
        byChannel.forEach((channel, sender) -> {
            if (sender.available()) {
                channels.add(channel);
            }
        });
        return channels;
    }
}
