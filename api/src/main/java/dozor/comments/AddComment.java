package dozor.comments;

import java.util.Objects;

/** A comment to add: its text (stripped, 1 to {@value #MAX_TEXT} characters) and who may read it. */
public record AddComment(String text, CommentVisibility visibility) {

    public static final int MAX_TEXT = 10_000;

    public AddComment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(visibility, "visibility");
        text = text.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text must have 1 to " + MAX_TEXT + " characters");
        }
    }
}
