package dozor.documents;

import java.util.Objects;

/**
 * What it takes to attach a file, besides its bytes.
 *
 * @param fileName the name the client gave the file; cleaned before it is stored, never trusted for the type
 * @param title {@code null} when the file name says enough
 */
public record AttachDocument(String fileName, String title, DocumentKind kind) {

    public static final int MAX_TITLE = 200;

    public AttachDocument {
        Objects.requireNonNull(kind, "kind");
        title = title == null || title.isBlank() ? null : title.strip();
        if (title != null && title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title longer than " + MAX_TITLE);
        }
    }
}
