package dozor.notifications.web;

import java.security.Principal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.notifications.NoticeType;
import dozor.notifications.NotificationInbox;
import dozor.notifications.NotificationView;
import dozor.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The caller's own in-app feed. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Уведомления", description = "Notifications: the caller's in-app feed")
class NotificationsController {

    private final NotificationInbox inbox;

    NotificationsController(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first")
    PageResponse<NotificationResponse> list(Principal principal,
            @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Locale locale = LocaleContextHolder.getLocale();
        return inbox.feed(principal.getName(), unreadOnly, page, size).map(v -> NotificationResponse.of(v, locale));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    UnreadCount unreadCount(Principal principal) {
        return new UnreadCount(inbox.unreadCount(principal.getName()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    NotificationResponse markRead(Principal principal, @PathVariable UUID id) {
        return NotificationResponse.of(inbox.markRead(principal.getName(), id), LocaleContextHolder.getLocale());
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all of the caller's notifications read")
    MarkedRead markAllRead(Principal principal) {
        return new MarkedRead(inbox.markAllRead(principal.getName()));
    }

    record UnreadCount(long unread) {
    }

    record MarkedRead(int marked) {
    }

    /** A notice in the caller's language (English when asked for and present, else Russian). */
    record NotificationResponse(UUID id, NoticeType type, String typeName, String title, String text, String link,
            String entityType, String entityId, Instant createdAt, boolean read, Instant readAt) {

        static NotificationResponse of(NotificationView v, Locale locale) {
            return new NotificationResponse(v.id(), v.type(), v.type().displayName(locale), v.title(locale),
                    v.text(locale), v.link(), v.entityType(), v.entityId(), v.createdAt(), v.read(), v.readAt());
        }
    }
}
