package dozor.documents.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.documents.DocumentLinkView;
import dozor.documents.LinkKind;

/** References from requests to accounting documents (table {@code ops.request_document_link}). */
@Repository
public class DocumentLinks {

    private final JdbcClient jdbc;

    DocumentLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the link unless the request already has one of the kind and reference; false then. A conflict
     * does not abort the transaction, as a unique violation would.
     */
    public boolean insertIfAbsent(DocumentLinkView link) {
        return jdbc.sql("""
                INSERT INTO ops.request_document_link (id, request_id, kind, reference, title, created_at, created_by)
                VALUES (:id, :requestId, :kind, :reference, :title, :createdAt, :createdBy)
                ON CONFLICT DO NOTHING
                """)
                .param("id", link.id())
                .param("requestId", link.requestId())
                .param("kind", link.kind().name())
                .param("reference", link.reference())
                .param("title", link.title())
                .param("createdAt", Timestamp.from(link.createdAt()))
                .param("createdBy", link.createdBy())
                .update() == 1;
    }

    /** Oldest first. */
    public List<DocumentLinkView> ofRequest(UUID requestId) {
        return jdbc.sql("""
                SELECT * FROM ops.request_document_link WHERE request_id = :requestId ORDER BY created_at, id
                """).param("requestId", requestId)
                .query((rs, row) -> new DocumentLinkView(rs.getObject("id", UUID.class),
                        rs.getObject("request_id", UUID.class), LinkKind.valueOf(rs.getString("kind")),
                        rs.getString("reference"), rs.getString("title"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")))
                .list();
    }
}
