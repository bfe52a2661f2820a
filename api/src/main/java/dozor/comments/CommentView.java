package dozor.comments;

import java.time.Instant;
import java.util.UUID;

/** A comment on a request, as other features and the REST API see it; {@code author} is a user name. */
public record CommentView(UUID id, UUID requestId, String text, CommentVisibility visibility, String author,
        Instant createdAt) {
}
