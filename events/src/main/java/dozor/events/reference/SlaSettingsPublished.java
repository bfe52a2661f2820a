package dozor.events.reference;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dozor.events.DozorEvent;
import dozor.events.Topics;
import tools.jackson.databind.JsonNode;

/**
 * The whole SLA configuration as of now: the policy and every business calendar, keyed {@value #KEY} on the
 * compacted topic {@value Topics#REFERENCE}, so the newest is all a reader needs. The shapes are those of the
 * clocks module's {@code SlaPolicy} and the calendar module's {@code CalendarDefinition}.
 *
 * @param settingsVersion raised on every edit of the policy or of a calendar
 * @param calendars an object: calendar id → calendar definition
 */
public record SlaSettingsPublished(UUID eventId, Instant occurredAt, int version, int settingsVersion, JsonNode policy,
        JsonNode calendars) implements DozorEvent {

    public static final String TYPE = "SlaSettingsPublished";

    public static final String KEY = "sla-settings";

    public static final int CURRENT_VERSION = 1;

    public SlaSettingsPublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(calendars, "calendars");
    }

    @Override
    public String aggregateId() {
        return KEY;
    }

    @Override
    public String topic() {
        return Topics.REFERENCE;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
