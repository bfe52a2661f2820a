package dozor.streams.stock;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.stock.StockEvent;
import tools.jackson.databind.json.JsonMapper;

/** Keeps {@link StockTopology#ROWS} from the stock events and forwards the low-stock alerts they raise or clear. */
class StockLevelProcessor implements Processor<String, String, String, String> {

    private static final Logger log = LoggerFactory.getLogger(StockLevelProcessor.class);

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ProcessorContext<String, String> context;

    private KeyValueStore<String, String> rows;

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.rows = context.getStateStore(StockTopology.ROWS);
    }

    @Override
    public void process(Record<String, String> record) {
        DozorEvent event;
        try {
            event = EventJson.read(record.value());
        }
        catch (RuntimeException ex) {
            log.warn("Skipping an unreadable stock event at key {}: {}", record.key(), ex.toString());
            return;
        }
        if (!(event instanceof StockEvent stock) || StockLevels.warehouseOf(stock) == null) {
            return;
        }
        String key = StockRow.key(stock.itemId(), StockLevels.warehouseOf(stock));
        String stored = rows.get(key);
        StockRow row = stored == null ? StockRow.empty(stock.itemId(), StockLevels.warehouseOf(stock))
                : JSON.readValue(stored, StockRow.class);
        StockLevels.apply(row, stock).ifPresent(applied -> {
            rows.put(key, JSON.writeValueAsString(applied.row()));
            applied.alert().ifPresent(alert -> context.forward(new Record<>(alert.aggregateId(),
                    EventJson.write(alert), record.timestamp())));
        });
    }
}
