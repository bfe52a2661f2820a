package dozor.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dozor.api.security.AppUser;
import dozor.api.security.AppUsers;
import dozor.notifications.internal.Addresses;
import dozor.notifications.internal.ChannelSenders;
import dozor.notifications.internal.DeliveryQueue;
import dozor.notifications.internal.DeliverySignal;
import dozor.notifications.internal.Notices;
import dozor.notifications.internal.Preferences;

/**
 * The notifications feature's entry point for other features: {@link #notify(Notice)} tells people about
 * something. It only writes rows — a notice per recipient for the in-app feed and a queued delivery per external
 * channel the recipient chose — and returns; a background worker sends the deliveries after the commit, with
 * retries, so a slow or failing channel never delays or fails the caller.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final AppUsers users;

    private final Notices notices;

    private final Preferences preferences;

    private final Addresses addresses;

    private final DeliveryQueue deliveries;

    private final ChannelSenders channels;

    private final DeliverySignal signal;

    private final Clock clock;

    Notifications(AppUsers users, Notices notices, Preferences preferences, Addresses addresses,
            DeliveryQueue deliveries, ChannelSenders channels, DeliverySignal signal, Clock clock) {
        this.users = users;
        this.notices = notices;
        this.preferences = preferences;
        this.addresses = addresses;
        this.deliveries = deliveries;
        this.channels = channels;
        this.signal = signal;
        this.clock = clock;
    }

    /**
     * Records the notice for each recipient, in the caller's transaction when there is one (so a rolled-back
     * change notifies nobody), else in a transaction of its own. A recipient who already has a notice with the
     * same idempotency key gets nothing new; an unknown or disabled username is skipped and logged.
     *
     * @return how many new notices were recorded (0 when every recipient already had this one)
     */
    @Transactional
    public int notify(Notice notice) {
        Instant now = clock.instant();
        Set<Channel> available = channels.available();
        int created = 0;
        int queued = 0;
        for (String username : notice.recipients()) {
            Optional<AppUser> user = users.find(username).filter(AppUser::enabled);
            if (user.isEmpty()) {
                log.warn("Notice {} ({}) not recorded for unknown or disabled user {}", notice.idempotencyKey(),
                        notice.type(), username);
                continue;
            }
            UUID userId = user.get().id();
            Set<Channel> wanted = preferences.of(userId).enabledFor(notice.type());
            Optional<UUID> id = notices.insert(userId, user.get().locale(), notice, wanted.contains(Channel.IN_APP),
                    now);
            if (id.isEmpty()) {
                continue;
            }
            created++;
            ChannelAddresses reach = addresses.of(userId);
            for (Channel channel : wanted) {
                if (channel.external() && available.contains(channel) && reach.of(channel).isPresent()) {
                    deliveries.enqueue(id.get(), channel, now);
                    queued++;
                }
            }
        }
        if (queued > 0) {
            wakeWorkerAfterCommit();
        }
        return created;
    }

    /**
     * The matter of some earlier notices is over (a low stock was replenished): every recipient's still-unread
     * notice of the type whose idempotency key starts with {@code keyPrefix} is marked read, in the caller's
     * transaction. The notices stay in the feed; deliveries already queued are still sent.
     *
     * @return how many notices were marked read
     */
    @Transactional
    public int resolve(NoticeType type, String keyPrefix) {
        if (keyPrefix == null || keyPrefix.isBlank()) {
            throw new IllegalArgumentException("keyPrefix must not be blank");
        }
        return notices.markReadByKeyPrefix(type, keyPrefix, clock.instant());
    }

    private void wakeWorkerAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.deliveriesCommitted();
            }
        });
    }
}
