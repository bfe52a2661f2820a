package dozor.notifications.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dozor.notifications.Channel;
import dozor.notifications.ChannelAddresses;
import dozor.notifications.ChannelPreferences;
import dozor.notifications.NoticeType;
import dozor.notifications.NotificationSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The caller's own choices: which notice types reach them on which channel, and their addresses. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Уведомления")
class NotificationSettingsController {

    private final NotificationSettings settings;

    NotificationSettingsController(NotificationSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/preferences")
    @Operation(summary = "The caller's type × channel matrix, the channels available here, and their addresses")
    PreferencesResponse preferences(Principal principal) {
        return response(settings.preferences(principal.getName()), settings.addresses(principal.getName()));
    }

    @PutMapping("/preferences")
    @Operation(summary = "Turn channels on or off per notice type; cells not sent stay as they are")
    PreferencesResponse updatePreferences(Principal principal, @Valid @RequestBody PreferencesBody body) {
        ChannelPreferences updated = settings.updatePreferences(principal.getName(), body.matrix());
        return response(updated, settings.addresses(principal.getName()));
    }

    @PutMapping("/addresses")
    @Operation(summary = "Replace the caller's addresses; an empty or missing one is cleared")
    ChannelAddresses updateAddresses(Principal principal, @Valid @RequestBody AddressesBody body) {
        return settings.updateAddresses(principal.getName(), new ChannelAddresses(body.email(),
                body.telegramChatId(), body.slackWebhookUrl(), body.teamsWebhookUrl()));
    }

    private PreferencesResponse response(ChannelPreferences preferences, ChannelAddresses addresses) {
        Locale locale = LocaleContextHolder.getLocale();
        Set<Channel> available = settings.availableChannels();
        return new PreferencesResponse(preferences.matrix(),
                Arrays.stream(NoticeType.values()).map(t -> new TypeInfo(t, t.displayName(locale))).toList(),
                Arrays.stream(Channel.values())
                        .map(c -> new ChannelInfo(c, c.displayName(locale), available.contains(c))).toList(),
                addresses);
    }

    record PreferencesBody(@NotNull Map<NoticeType, @NotNull Map<Channel, @NotNull Boolean>> matrix) {
    }

    /** Blank or missing clears an address. */
    record AddressesBody(@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Size(max = 254) String email,
            @ChannelAddress(Channel.TELEGRAM) String telegramChatId,
            @ChannelAddress(Channel.SLACK) String slackWebhookUrl,
            @ChannelAddress(Channel.TEAMS) String teamsWebhookUrl) {

        /** Pasted addresses often carry stray spaces, not worth a rejection; blank means "clear". */
        AddressesBody {
            email = strip(email);
            telegramChatId = strip(telegramChatId);
            slackWebhookUrl = strip(slackWebhookUrl);
            teamsWebhookUrl = strip(teamsWebhookUrl);
        }

        private static String strip(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /**
     * @param available whether this installation has the channel configured; a choice for an unavailable
     *        channel is kept but nothing is sent over it
     */
    record PreferencesResponse(Map<NoticeType, Map<Channel, Boolean>> matrix, List<TypeInfo> types,
            List<ChannelInfo> channels, ChannelAddresses addresses) {
    }

    record TypeInfo(NoticeType code, String name) {
    }

    record ChannelInfo(Channel code, String name, boolean available) {
    }
}
