package dozor.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.comments.CommentManagement;
import dozor.comments.CommentView;
import dozor.documents.DocumentLinkManagement;
import dozor.documents.DocumentLinkView;
import dozor.documents.DocumentManagement;
import dozor.documents.DocumentView;
import dozor.history.TimelineEntry.Type;
import dozor.requests.ServiceRequestManagement;
import dozor.requests.ServiceRequestNotFound;

/**
 * The request card's timeline: the request's own audit trail merged with its comments, documents (deleted ones
 * too) and links. Read through each feature's public API, in one read-only transaction so the parts agree.
 */
@Service
public class RequestHistory {

    static final int MAX_LIMIT = 1000;

    private final ServiceRequestManagement requests;

    private final AuditLog audit;

    private final CommentManagement comments;

    private final DocumentManagement documents;

    private final DocumentLinkManagement links;

    private final MessageSource messages;

    RequestHistory(ServiceRequestManagement requests, AuditLog audit, CommentManagement comments,
            DocumentManagement documents, DocumentLinkManagement links, MessageSource messages) {
        this.requests = requests;
        this.audit = audit;
        this.comments = comments;
        this.documents = documents;
        this.links = links;
        this.messages = messages;
    }

    /** The newest {@code limit} entries of the request's history, oldest first. */
    @Transactional(readOnly = true)
    public Timeline of(UUID requestId, int limit, Locale locale) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (requests.find(requestId).isEmpty()) {
            throw new ServiceRequestNotFound(requestId);
        }
        List<TimelineEntry> entries = new ArrayList<>();
        // The newest `limit` of the whole are among the newest `limit` of each part.
        for (AuditLog.Entry e : audit.entries("ServiceRequest", requestId.toString(), 0, limit + 1)) {
            entries.add(new TimelineEntry(Type.AUDIT, e.at(), e.actor(),
                    msg(locale, "history.audit." + e.action(), e.action()), null, e.action(), null, e.before(),
                    e.after()));
        }
        for (CommentView c : comments.list(requestId)) {
            entries.add(new TimelineEntry(Type.COMMENT, c.createdAt(), c.author(), c.text(), c.id(), null,
                    c.visibility().name(), null, null));
        }
        for (DocumentView d : documents.history(requestId)) {
            String name = d.title() != null ? d.title() : d.fileName();
            entries.add(new TimelineEntry(Type.DOCUMENT_ATTACHED, d.uploadedAt(), d.uploadedBy(),
                    msg(locale, "history.documentAttached", null, name), d.id(), null, null, null, null));
            if (d.deleted()) {
                entries.add(new TimelineEntry(Type.DOCUMENT_DELETED, d.deletedAt(), d.deletedBy(),
                        msg(locale, "history.documentDeleted", null, name), d.id(), null, null, null, null));
            }
        }
        for (DocumentLinkView l : links.list(requestId)) {
            entries.add(new TimelineEntry(Type.LINK_ADDED, l.createdAt(), l.createdBy(),
                    msg(locale, "history.linkAdded." + l.kind().name(), null, l.reference()), l.id(), null, null,
                    null, null));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::type));
        boolean truncated = entries.size() > limit;
        return new Timeline(truncated ? List.copyOf(entries.subList(entries.size() - limit, entries.size()))
                : List.copyOf(entries), truncated);
    }

    private String msg(Locale locale, String code, String fallback, Object... args) {
        return messages.getMessage(code, args, fallback, locale);
    }
}
