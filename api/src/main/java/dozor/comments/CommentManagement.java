package dozor.comments;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.comments.internal.Comment;
import dozor.comments.internal.Comments;
import dozor.requests.ServiceRequestManagement;
import dozor.requests.ServiceRequestNotFound;

/** The public API of comments on requests: each is one transaction with its audit record and its event. */
@Service
public class CommentManagement {

    private final ServiceRequestManagement requests;

    private final Comments comments;

    private final AuditLog audit;

    private final Outbox outbox;

    private final Clock clock;

    CommentManagement(ServiceRequestManagement requests, Comments comments, AuditLog audit, Outbox outbox,
            Clock clock) {
        this.requests = requests;
        this.comments = comments;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @throws ServiceRequestNotFound when there is no such request */
    @Transactional
    public CommentView add(UUID requestId, AddComment command) {
        requireRequest(requestId);
        var addition = Comment.add(requestId, command, AuditLog.currentActor(), clock.instant());
        comments.insert(addition.comment());
        CommentView view = addition.comment().toView();
        audit.record("COMMENT_ADDED", "RequestComment", view.id().toString(), null, view);
        outbox.append(addition.event());
        return view;
    }

    /** Oldest first, newest last. */
    @Transactional(readOnly = true)
    public List<CommentView> list(UUID requestId) {
        requireRequest(requestId);
        return comments.ofRequest(requestId).stream().map(Comment::toView).toList();
    }

    private void requireRequest(UUID requestId) {
        if (requests.find(requestId).isEmpty()) {
            throw new ServiceRequestNotFound(requestId);
        }
    }
}
