package dozor.history;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * One line of a request's history.
 *
 * @param type what happened
 * @param summary a sentence in the caller's language; for a comment, its text
 * @param refId the comment, document or link concerned; {@code null} for changes of the request itself
 * @param action the audit action of an {@link Type#AUDIT} entry ({@code REGISTERED}, ...), else {@code null}
 * @param visibility {@code INTERNAL} or {@code CUSTOMER} for a comment, else {@code null}
 * @param before the request's state before an {@link Type#AUDIT} change, else {@code null}
 * @param after the request's state after an {@link Type#AUDIT} change, else {@code null}
 */
public record TimelineEntry(Type type, Instant at, String actor, String summary, UUID refId, String action,
        String visibility, @Schema(type = "object", nullable = true) JsonNode before,
        @Schema(type = "object", nullable = true) JsonNode after) {

    public enum Type {
        AUDIT, COMMENT, DOCUMENT_ATTACHED, DOCUMENT_DELETED, LINK_ADDED
    }
}
