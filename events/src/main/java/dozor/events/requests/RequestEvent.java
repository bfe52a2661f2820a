package dozor.events.requests;

import dozor.events.DozorEvent;
import dozor.events.Topics;

/** Events on {@value Topics#REQUESTS}. */
public sealed interface RequestEvent extends DozorEvent
        permits RequestRegistered, RequestStatusChanged, RequestPriorityChanged, RequestMerged, SurveyAnswered,
        CommentAdded, DocumentAttached {

    @Override
    default String topic() {
        return Topics.REQUESTS;
    }
}
