package dozor.notifications;

import java.util.Locale;

/** Where a notice can reach a person: the in-app feed, or one of the external channels. */
public enum Channel {

    IN_APP("В приложении", "In the app"),
    EMAIL("Электронная почта", "E-mail"),
    TELEGRAM("Telegram", "Telegram"),
    SLACK("Slack", "Slack"),
    TEAMS("Microsoft Teams", "Microsoft Teams");

    private final String russian;

    private final String english;

    Channel(String russian, String english) {
        this.russian = russian;
        this.english = english;
    }

    /** External channels are delivered by the background worker; the in-app feed is the notice row itself. */
    public boolean external() {
        return this != IN_APP;
    }

    /** The default when a user has not chosen: the feed on, everything that leaves the app off. */
    public boolean enabledByDefault() {
        return this == IN_APP;
    }

    public String displayName(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : russian;
    }
}
