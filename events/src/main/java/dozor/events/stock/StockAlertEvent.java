package dozor.events.stock;

import java.util.UUID;

import dozor.events.DozorEvent;
import dozor.events.Topics;

/** Events on {@value Topics#STOCK_ALERTS}, computed by the streams app; keyed by the item id like the stock events. */
public sealed interface StockAlertEvent extends DozorEvent permits StockLowAlert, StockLowAlertCleared {

    UUID itemId();

    UUID warehouseId();

    @Override
    default String aggregateId() {
        return itemId().toString();
    }

    @Override
    default String topic() {
        return Topics.STOCK_ALERTS;
    }
}
