package dozor.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import dozor.events.requests.CommentAdded;
import dozor.events.requests.DocumentAttached;
import dozor.events.requests.RequestRegistered;
import dozor.events.sla.SlaBreached;
import dozor.events.sla.SlaClockUpdated;

/**
 * An immutable fact that happened in Dozor. Every event carries its own id (consumers drop duplicates
 * by it), the moment it happened and the version of its contract. On the wire it is JSON with a
 * {@code type} property naming the record; the Kafka record key is {@link #aggregateId()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RequestRegistered.class, name = RequestRegistered.TYPE),
        @JsonSubTypes.Type(value = CommentAdded.class, name = CommentAdded.TYPE),
        @JsonSubTypes.Type(value = DocumentAttached.class, name = DocumentAttached.TYPE),
        @JsonSubTypes.Type(value = SlaClockUpdated.class, name = SlaClockUpdated.TYPE),
        @JsonSubTypes.Type(value = SlaBreached.class, name = SlaBreached.TYPE) })
public interface DozorEvent {

    UUID eventId();

    Instant occurredAt();

    int version();

    /** The id of the aggregate the event belongs to; the Kafka key, so one aggregate keeps its order. */
    @JsonIgnore
    String aggregateId();

    /** The topic this event travels on. */
    @JsonIgnore
    String topic();

    /** The name written in the {@code type} property and the {@code dozor-event-type} header. */
    @JsonIgnore
    String type();
}
