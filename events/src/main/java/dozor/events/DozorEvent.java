package dozor.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import dozor.events.requests.RequestMerged;
import dozor.events.requests.RequestPriorityChanged;
import dozor.events.requests.CommentAdded;
import dozor.events.requests.DocumentAttached;
import dozor.events.requests.RequestRegistered;
import dozor.events.requests.RequestStatusChanged;
import dozor.events.requests.SurveyAnswered;
import dozor.events.sla.SlaBreached;
import dozor.events.work.TaskAssigned;
import dozor.events.work.TaskCancelled;
import dozor.events.work.TaskCompleted;
import dozor.events.work.TaskCreated;
import dozor.events.work.TaskStarted;
import dozor.events.sla.SlaClockUpdated;
import dozor.events.sla.SlaEscalated;
import dozor.events.sla.SlaWarning;
import dozor.events.stock.StockDemandRaised;
import dozor.events.stock.StockMovementRecorded;
import dozor.events.stock.StockReservationClosed;
import dozor.events.stock.StockReserved;

/**
 * An immutable fact that happened in Dozor. Every event carries its own id (consumers drop duplicates
 * by it), the moment it happened and the version of its contract. On the wire it is JSON with a
 * {@code type} property naming the record; the Kafka record key is {@link #aggregateId()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RequestRegistered.class, name = RequestRegistered.TYPE),
        @JsonSubTypes.Type(value = RequestStatusChanged.class, name = RequestStatusChanged.TYPE),
        @JsonSubTypes.Type(value = RequestPriorityChanged.class, name = RequestPriorityChanged.TYPE),
        @JsonSubTypes.Type(value = RequestMerged.class, name = RequestMerged.TYPE),
        @JsonSubTypes.Type(value = SurveyAnswered.class, name = SurveyAnswered.TYPE),
        @JsonSubTypes.Type(value = TaskCreated.class, name = TaskCreated.TYPE),
        @JsonSubTypes.Type(value = TaskAssigned.class, name = TaskAssigned.TYPE),
        @JsonSubTypes.Type(value = TaskStarted.class, name = TaskStarted.TYPE),
        @JsonSubTypes.Type(value = TaskCompleted.class, name = TaskCompleted.TYPE),
        @JsonSubTypes.Type(value = TaskCancelled.class, name = TaskCancelled.TYPE),
        @JsonSubTypes.Type(value = CommentAdded.class, name = CommentAdded.TYPE),
        @JsonSubTypes.Type(value = DocumentAttached.class, name = DocumentAttached.TYPE),
        @JsonSubTypes.Type(value = SlaClockUpdated.class, name = SlaClockUpdated.TYPE),
        @JsonSubTypes.Type(value = SlaBreached.class, name = SlaBreached.TYPE),
        @JsonSubTypes.Type(value = SlaWarning.class, name = SlaWarning.TYPE),
        @JsonSubTypes.Type(value = dozor.events.reference.SlaSettingsPublished.class,
                name = dozor.events.reference.SlaSettingsPublished.TYPE),
        @JsonSubTypes.Type(value = dozor.events.reference.StockItemPublished.class,
                name = dozor.events.reference.StockItemPublished.TYPE),
        @JsonSubTypes.Type(value = dozor.events.reference.WarehousePublished.class,
                name = dozor.events.reference.WarehousePublished.TYPE),
        @JsonSubTypes.Type(value = SlaEscalated.class, name = SlaEscalated.TYPE),
        @JsonSubTypes.Type(value = StockMovementRecorded.class, name = StockMovementRecorded.TYPE),
        @JsonSubTypes.Type(value = StockReserved.class, name = StockReserved.TYPE),
        @JsonSubTypes.Type(value = StockReservationClosed.class, name = StockReservationClosed.TYPE),
        @JsonSubTypes.Type(value = StockDemandRaised.class, name = StockDemandRaised.TYPE),
        @JsonSubTypes.Type(value = dozor.events.procurement.PurchaseRequestStatusChanged.class,
                name = dozor.events.procurement.PurchaseRequestStatusChanged.TYPE),
        @JsonSubTypes.Type(value = dozor.events.procurement.PurchaseOrderStatusChanged.class,
                name = dozor.events.procurement.PurchaseOrderStatusChanged.TYPE),
        @JsonSubTypes.Type(value = dozor.events.procurement.GoodsReceived.class,
                name = dozor.events.procurement.GoodsReceived.TYPE),
        @JsonSubTypes.Type(value = dozor.events.procurement.GoodsReturnedToSupplier.class,
                name = dozor.events.procurement.GoodsReturnedToSupplier.TYPE),
        @JsonSubTypes.Type(value = dozor.events.logistics.ShipmentPlanned.class,
                name = dozor.events.logistics.ShipmentPlanned.TYPE),
        @JsonSubTypes.Type(value = dozor.events.logistics.ShipmentStatusChanged.class,
                name = dozor.events.logistics.ShipmentStatusChanged.TYPE),
        @JsonSubTypes.Type(value = dozor.events.stock.StockReorderPointChanged.class,
                name = dozor.events.stock.StockReorderPointChanged.TYPE),
        @JsonSubTypes.Type(value = dozor.events.stock.StockLowAlert.class, name = dozor.events.stock.StockLowAlert.TYPE),
        @JsonSubTypes.Type(value = dozor.events.stock.StockLowAlertCleared.class,
                name = dozor.events.stock.StockLowAlertCleared.TYPE) })
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
