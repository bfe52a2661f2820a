package dozor.events.sla;

import java.util.UUID;

import dozor.events.DozorEvent;
import dozor.events.Topics;

/** Events on {@value Topics#SLA}, produced by the streams app. */
public sealed interface SlaEvent extends DozorEvent permits SlaClockUpdated, SlaBreached, SlaWarning, SlaEscalated {

    UUID requestId();

    /** Which target the clock measures, e.g. {@code FIRST_RESPONSE}. */
    String target();

    @Override
    default String aggregateId() {
        return requestId().toString();
    }

    @Override
    default String topic() {
        return Topics.SLA;
    }
}
