package dozor.comments.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.comments.CommentVisibility;

/** The stored comments (table {@code ops.request_comment}). */
@Repository
public class Comments {

    private final JdbcClient jdbc;

    Comments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Comment c) {
        jdbc.sql("""
                INSERT INTO ops.request_comment (id, request_id, visibility, text, created_at, author)
                VALUES (:id, :requestId, :visibility, :text, :createdAt, :author)
                """)
                .param("id", c.id())
                .param("requestId", c.requestId())
                .param("visibility", c.visibility().name())
                .param("text", c.text())
                .param("createdAt", Timestamp.from(c.createdAt()))
                .param("author", c.author())
                .update();
    }

    /** Oldest first. */
    public List<Comment> ofRequest(UUID requestId) {
        return jdbc.sql("SELECT * FROM ops.request_comment WHERE request_id = :requestId ORDER BY created_at, id")
                .param("requestId", requestId)
                .query((rs, row) -> new Comment(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                        rs.getString("text"), CommentVisibility.valueOf(rs.getString("visibility")),
                        rs.getString("author"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
