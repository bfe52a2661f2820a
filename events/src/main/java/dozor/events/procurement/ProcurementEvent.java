package dozor.events.procurement;

import dozor.events.DozorEvent;
import dozor.events.Topics;

/**
 * Events on {@value Topics#PROCUREMENT}. A purchase request's facts are keyed by the request id, an order's and its
 * deliveries' by the order id, so each document's history stays in order in one partition.
 */
public sealed interface ProcurementEvent extends DozorEvent permits PurchaseRequestStatusChanged,
        PurchaseOrderStatusChanged, GoodsReceived, GoodsReturnedToSupplier {

    @Override
    default String topic() {
        return Topics.PROCUREMENT;
    }
}
