package dozor.events.requests;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A customer answered the survey of a closed request. The comment stays in the operational store. */
public record SurveyAnswered(UUID eventId, Instant occurredAt, int version, UUID requestId, int csat, int nps)
        implements RequestEvent {

    public static final String TYPE = "SurveyAnswered";

    public static final int CURRENT_VERSION = 1;

    public SurveyAnswered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(requestId, "requestId");
    }

    @Override
    public String aggregateId() {
        return requestId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
