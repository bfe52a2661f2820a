package dozor.survey.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.survey.SurveyView;

/** Table {@code ops.survey}. */
@Repository
public class SurveyStore {

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(UUID requestId, String tokenHash, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO ops.survey (request_id, token_hash, created_at, expires_at) VALUES (:id, :hash, :at, :exp)
                ON CONFLICT (request_id) DO UPDATE SET token_hash = EXCLUDED.token_hash,
                    created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
                 WHERE ops.survey.answered_at IS NULL
                """).param("id", requestId).param("hash", tokenHash).param("at", Timestamp.from(createdAt))
                .param("exp", Timestamp.from(expiresAt)).update();
    }

    public Optional<SurveyView> find(UUID requestId) {
        return jdbc.sql("SELECT * FROM ops.survey WHERE request_id = :id").param("id", requestId)
                .query(SurveyStore::map).optional();
    }

    public Optional<SurveyView> findByTokenHash(String hash) {
        return jdbc.sql("SELECT * FROM ops.survey WHERE token_hash = :h").param("h", hash).query(SurveyStore::map)
                .optional();
    }

    /** Stores the answers if nobody answered yet (the row lock makes two simultaneous answers one). */
    public boolean answer(UUID requestId, String hash, int csat, int nps, String comment, Instant at) {
        return jdbc.sql("""
                UPDATE ops.survey SET answered_at = :at, csat = :csat, nps = :nps, comment = :comment
                 WHERE request_id = :id AND token_hash = :hash AND answered_at IS NULL
                """).param("id", requestId).param("hash", hash).param("csat", csat).param("nps", nps)
                .param("comment", comment).param("at", Timestamp.from(at)).update() == 1;
    }

    static SurveyView map(ResultSet rs, int row) throws SQLException {
        return new SurveyView(rs.getObject("request_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant(),
                (Integer) rs.getObject("csat") == null ? null : rs.getInt("csat"),
                rs.getObject("nps") == null ? null : rs.getInt("nps"), rs.getString("comment"));
    }
}
