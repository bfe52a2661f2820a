package dozor.documents;

import java.util.Objects;

/**
 * Links an accounting document kept elsewhere (1C, paper) to a request by its number or id.
 *
 * @param reference whitespace runs are collapsed; compared without regard to case
 */
public record LinkDocument(LinkKind kind, String reference, String title) {

    public static final int MAX_REFERENCE = 100;

    public LinkDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        reference = reference.strip().replaceAll("\\s+", " ");
        title = title == null || title.isBlank() ? null : title.strip();
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("reference must have 1 to " + MAX_REFERENCE + " characters");
        }
        if (title != null && title.length() > AttachDocument.MAX_TITLE) {
            throw new IllegalArgumentException("title longer than " + AttachDocument.MAX_TITLE);
        }
    }
}
