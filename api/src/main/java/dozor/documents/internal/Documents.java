package dozor.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.documents.DocumentKind;
import dozor.documents.DocumentView;

/** The stored documents' metadata (table {@code ops.request_document}); their bytes are in {@link LargeObjects}. */
@Repository
public class Documents {

    /** The earliest earlier undeleted document of the same request with the same bytes. */
    private static final String DUPLICATE_OF = """
            CASE WHEN d.deleted_at IS NULL THEN
                (SELECT o.id FROM ops.request_document o
                  WHERE o.request_id = d.request_id AND o.sha256 = d.sha256 AND o.deleted_at IS NULL
                    AND (o.uploaded_at, o.id) < (d.uploaded_at, d.id)
                  ORDER BY o.uploaded_at, o.id LIMIT 1)
            END AS duplicate_of""";

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Document d) {
        jdbc.sql("""
                INSERT INTO ops.request_document (id, request_id, kind, title, file_name, content_type, size_bytes,
                    sha256, content_oid, uploaded_at, uploaded_by)
                VALUES (:id, :requestId, :kind, :title, :fileName, :contentType, :size, :sha256,
                    CAST(:oid AS oid), :uploadedAt, :uploadedBy)
                """)
                .param("id", d.id())
                .param("requestId", d.requestId())
                .param("kind", d.kind().name())
                .param("title", d.title())
                .param("fileName", d.fileName())
                .param("contentType", d.type().mediaType())
                .param("size", d.size())
                .param("sha256", d.sha256())
                .param("oid", d.contentOid())
                .param("uploadedAt", Timestamp.from(d.uploadedAt()))
                .param("uploadedBy", d.uploadedBy())
                .update();
    }

    /** Marks {@code tombstone}'s document deleted; false when another transaction did so first. */
    public boolean markDeleted(Document tombstone) {
        return jdbc.sql("""
                UPDATE ops.request_document SET deleted_at = :at, deleted_by = :by, content_oid = NULL
                 WHERE id = :id AND deleted_at IS NULL
                """)
                .param("at", Timestamp.from(tombstone.deletedAt()))
                .param("by", tombstone.deletedBy())
                .param("id", tombstone.id())
                .update() == 1;
    }

    /** An undeleted document of the request. */
    public Optional<Document> findActive(UUID requestId, UUID id) {
        return jdbc.sql("""
                SELECT * FROM ops.request_document WHERE id = :id AND request_id = :requestId AND deleted_at IS NULL
                """).param("id", id).param("requestId", requestId).query(Documents::map).optional();
    }

    /** The earliest undeleted document of the request with these bytes. */
    public Optional<UUID> firstWithChecksum(UUID requestId, String sha256) {
        return jdbc.sql("""
                SELECT id FROM ops.request_document
                 WHERE request_id = :requestId AND sha256 = :sha256 AND deleted_at IS NULL
                 ORDER BY uploaded_at, id LIMIT 1
                """).param("requestId", requestId).param("sha256", sha256).query(UUID.class).optional();
    }

    /** The request's documents, oldest first; deleted ones too when {@code withDeleted}. */
    public List<DocumentView> ofRequest(UUID requestId, boolean withDeleted) {
        return jdbc.sql("""
                SELECT d.*, %s
                  FROM ops.request_document d
                 WHERE d.request_id = :requestId AND (:withDeleted OR d.deleted_at IS NULL)
                 ORDER BY d.uploaded_at, d.id
                """.formatted(DUPLICATE_OF)).param("requestId", requestId).param("withDeleted", withDeleted)
                .query((rs, row) -> map(rs, row).toView(rs.getObject("duplicate_of", UUID.class))).list();
    }

    private static Document map(ResultSet rs, int row) throws SQLException {
        long oid = rs.getLong("content_oid");
        Long contentOid = rs.wasNull() ? null : oid;
        Timestamp deletedAt = rs.getTimestamp("deleted_at");
        return new Document(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("file_name"),
                DocumentType.ofMediaType(rs.getString("content_type")).orElseThrow(), rs.getLong("size_bytes"),
                rs.getString("sha256"), contentOid, rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"), deletedAt == null ? null : deletedAt.toInstant(),
                rs.getString("deleted_by"));
    }
}
