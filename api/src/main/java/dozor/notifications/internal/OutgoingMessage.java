package dozor.notifications.internal;

import java.util.Locale;

/**
 * A notice rendered for one recipient of an external channel, in the recipient's language.
 *
 * @param typeName the notice type's display name
 * @param url the absolute link into the web UI, or {@code null}
 */
public record OutgoingMessage(String typeName, String title, String text, String url, Locale locale) {

    /** The label of the link back into Dozor. */
    public String openLabel() {
        return english() ? "Open in Dozor" : "Открыть в Дозоре";
    }

    public boolean english() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
