package dozor.survey;

import java.time.Instant;
import java.util.UUID;

/** A request's survey as staff see it: when it was offered and answered, and the answers. */
public record SurveyView(UUID requestId, Instant offeredAt, Instant expiresAt, Instant answeredAt, Integer csat,
        Integer nps, String comment) {
}
