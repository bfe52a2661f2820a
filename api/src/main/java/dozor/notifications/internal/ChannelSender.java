package dozor.notifications.internal;

import dozor.notifications.Channel;

/** A real client of one external channel. Implementations must be safe to call from the worker thread. */
public interface ChannelSender {

    Channel channel();

    /** False when the endpoint is not configured; nothing is queued for an unavailable channel. */
    boolean available();

    /** Sends, or throws saying whether a retry could help. {@code address} is the recipient's, never blank. */
    void send(OutgoingMessage message, String address) throws DeliveryFailure;
}
