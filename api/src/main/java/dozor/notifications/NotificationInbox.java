package dozor.notifications;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.security.AppUsers;
import dozor.notifications.internal.Notices;
import dozor.shared.PageResponse;

/**
 * A user's in-app feed. Every method acts on the named user's own notices only; another user's notice is
 * reported as not found.
 */
@Service
public class NotificationInbox {

    private final AppUsers users;

    private final Notices notices;

    private final Clock clock;

    NotificationInbox(AppUsers users, Notices notices, Clock clock) {
        this.users = users;
        this.notices = notices;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public PageResponse<NotificationView> feed(String username, boolean unreadOnly, int page, int size) {
        UUID user = userId(username);
        return PageResponse.of(notices.page(user, unreadOnly, page, size), page, size,
                notices.count(user, unreadOnly));
    }

    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return notices.count(userId(username), true);
    }

    /** Marks the notice read (again is harmless) and returns it; throws when it is not the user's. */
    @Transactional
    public NotificationView markRead(String username, UUID id) {
        return notices.markRead(userId(username), id, clock.instant()).orElseThrow(() -> new NotificationNotFound(id));
    }

    /** Returns how many notices were unread. */
    @Transactional
    public int markAllRead(String username) {
        return notices.markAllRead(userId(username), clock.instant());
    }

    private UUID userId(String username) {
        return users.find(username).orElseThrow(() -> new IllegalStateException("no user " + username)).id();
    }
}
