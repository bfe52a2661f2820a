package dozor.streams.stock;

import java.util.Properties;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

import dozor.events.Topics;

/**
 * Live stock per item × warehouse. Reads {@value Topics#STOCK} (keyed by item id, so every row of an item is kept by
 * one task, in ledger order), keeps on hand, reserved, the reorder point and the rolling consumption in
 * {@link #ROWS}, and writes low-stock alerts raised and cleared to {@value Topics#STOCK_ALERTS}.
 */
public final class StockTopology {

    /** Live rows by {@code <item id>|<warehouse id>} (JSON of {@link StockRow}); queried by the api. */
    public static final String ROWS = "stock-rows";

    public static final String APPLICATION_ID = "dozor-stock";

    private StockTopology() {
    }

    public static Topology build(StreamsBuilder builder) {
        Serde<String> strings = Serdes.String();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ROWS), strings, strings));
        builder.stream(Topics.STOCK, Consumed.with(strings, strings))
                .process(StockLevelProcessor::new, ROWS)
                .to(Topics.STOCK_ALERTS, Produced.with(strings, strings));
        return builder.build(new Properties());
    }
}
