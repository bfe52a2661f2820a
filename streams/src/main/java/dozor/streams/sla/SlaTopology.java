package dozor.streams.sla;

import java.util.Properties;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import dozor.events.Topics;

/**
 * SLA clocks per open request. Reads request events, keeps one clock per request in {@link #CLOCKS} and an index
 * of running clocks by due time in {@link #DUE_INDEX}; a wall-clock punctuator breaches clocks whose due time
 * has passed even when no new event arrives. Writes {@code SlaClockUpdated} / {@code SlaBreached} to
 * {@value Topics#SLA}, keyed by request id.
 */
public final class SlaTopology {

    /** Clock per request id (JSON of {@link SlaClock}); queried by the api through the streams app. */
    public static final String CLOCKS = "sla-clocks";

    /** Running clocks by {@code <due epoch millis, zero-padded>|<request id>}: a range scan finds the due ones. */
    public static final String DUE_INDEX = "sla-due-index";

    public static final String APPLICATION_ID = "dozor-sla";

    private SlaTopology() {
    }

    public static Topology build(StreamsBuilder builder, SlaPolicy policy, java.time.Duration punctuateEvery) {
        Serde<String> strings = Serdes.String();
        StoreBuilder<KeyValueStore<String, String>> clocks = Stores
                .keyValueStoreBuilder(Stores.persistentKeyValueStore(CLOCKS), strings, strings);
        StoreBuilder<KeyValueStore<String, String>> due = Stores
                .keyValueStoreBuilder(Stores.persistentKeyValueStore(DUE_INDEX), strings, strings);
        builder.addStateStore(clocks);
        builder.addStateStore(due);
        builder.stream(Topics.REQUESTS, Consumed.with(strings, strings))
                .process(() -> new SlaClockProcessor(policy, punctuateEvery), CLOCKS, DUE_INDEX)
                .to(Topics.SLA, Produced.with(strings, strings));
        return builder.build(new Properties());
    }
}
