package dozor.comments.internal;

import java.time.Instant;
import java.util.UUID;

import dozor.comments.AddComment;
import dozor.comments.CommentView;
import dozor.comments.CommentVisibility;
import dozor.events.requests.CommentAdded;
import dozor.shared.Ids;

/** A comment on a request. Comments are never edited: a correction is another comment. */
public record Comment(UUID id, UUID requestId, String text, CommentVisibility visibility, String author,
        Instant createdAt) {

    public record Addition(Comment comment, CommentAdded event) {
    }

    public static Addition add(UUID requestId, AddComment command, String author, Instant now) {
        var comment = new Comment(Ids.newId(), requestId, command.text(), command.visibility(), author, now);
        var event = new CommentAdded(Ids.newId(), now, CommentAdded.CURRENT_VERSION, requestId, comment.id(),
                comment.visibility().name(), author);
        return new Addition(comment, event);
    }

    public CommentView toView() {
        return new CommentView(id, requestId, text, visibility, author, createdAt);
    }
}
