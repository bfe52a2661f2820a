package dozor.events.logistics;

import java.util.UUID;

import dozor.events.DozorEvent;
import dozor.events.Topics;

/**
 * Events on {@value Topics#LOGISTICS}. Keyed by the shipment id: every fact about one shipment lands in one
 * partition, in order.
 */
public sealed interface LogisticsEvent extends DozorEvent permits ShipmentPlanned, ShipmentStatusChanged {

    UUID shipmentId();

    @Override
    default String aggregateId() {
        return shipmentId().toString();
    }

    @Override
    default String topic() {
        return Topics.LOGISTICS;
    }
}
