package dozor.events.stock;

import java.util.UUID;

import dozor.events.DozorEvent;
import dozor.events.Topics;

/**
 * Events on {@value Topics#STOCK} (written by the api). Keyed by the item id: every fact about one item (in every warehouse) lands in one
 * partition, in order, which is what stock levels and reorder planning per item need.
 */
public sealed interface StockEvent extends DozorEvent permits StockMovementRecorded, StockReserved,
        StockReservationClosed, StockDemandRaised, StockReorderPointChanged {

    UUID itemId();

    @Override
    default String aggregateId() {
        return itemId().toString();
    }

    @Override
    default String topic() {
        return Topics.STOCK;
    }
}
