package dozor.streams.stock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dozor.events.Topics;
import dozor.streams.TopologyRunner;
import io.micrometer.core.instrument.MeterRegistry;

/** Runs the live stock topology (exactly-once v2) and answers interactive queries against its rows. */
@Component
public class StockStreams extends TopologyRunner {

    StockStreams(MeterRegistry meters, @Value("${dozor.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${dozor.streams.state-dir}") Path stateDir) {
        super("Stock", StockTopology.APPLICATION_ID, List.of(Topics.STOCK, Topics.STOCK_ALERTS), meters,
                bootstrapServers, stateDir);
    }

    @Override
    protected Topology topology() {
        return StockTopology.build(new StreamsBuilder());
    }

    /**
     * Live rows, optionally of one item and/or one warehouse, ordered by warehouse and item.
     *
     * @throws IllegalStateException when the store is not ready (stopped, rebalancing, restoring)
     */
    public List<StockLevel> levels(UUID itemId, UUID warehouseId) {
        ReadOnlyKeyValueStore<String, String> store = store(StockTopology.ROWS);
        List<StockLevel> out = new ArrayList<>();
        if (itemId != null && warehouseId != null) {
            String json = store.get(StockRow.key(itemId, warehouseId));
            if (json != null) {
                out.add(StockLevel.of(StockLevelProcessor.JSON.readValue(json, StockRow.class)));
            }
            return out;
        }
        try (KeyValueIterator<String, String> all = itemId != null
                ? store.prefixScan(itemId + "|", new StringSerializer()) : store.all()) {
            all.forEachRemaining(kv -> {
                StockRow row = StockLevelProcessor.JSON.readValue(kv.value, StockRow.class);
                if (warehouseId == null || warehouseId.equals(row.warehouseId())) {
                    out.add(StockLevel.of(row));
                }
            });
        }
        out.sort(Comparator.comparing((StockLevel l) -> l.warehouseId().toString())
                .thenComparing(l -> l.itemId().toString()));
        return out;
    }

    /** The rows whose available stock is below their reorder point now, the longest-standing first. */
    public List<StockLevel> alerts() {
        return levels(null, null).stream().filter(StockLevel::low)
                .sorted(Comparator.comparing(StockLevel::lowSince)).toList();
    }
}
