package dozor.streams.sla;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import dozor.clocks.ClockEngine;
import dozor.events.Topics;

/**
 * SLA clocks per request. Reads the request and work events (co-partitioned by request id), runs every clock of a
 * request through the {@link ClockEngine}, keeps them in {@link #CLOCKS}, indexes each request by its next
 * deadline in {@link #DUE_INDEX} so a wall-clock punctuator raises warnings, breaches and escalations on time, and
 * keeps daily outcome figures in {@link #METRICS}. Writes the SLA events to {@value Topics#SLA}.
 */
public final class SlaTopology {

    /** The clocks of each request (JSON of {@code RequestClocks}), by request id; queried by the api. */
    public static final String CLOCKS = "sla-clocks";

    /** Requests by {@code <next deadline epoch millis, zero-padded>|<request id>}: a range scan finds what is due. */
    public static final String DUE_INDEX = "sla-due-index";

    /** Finished clocks by {@code <Minsk day>|<target or LEG:department>}: counts, met, time used (JSON). */
    public static final String METRICS = "sla-metrics";

    public static final String APPLICATION_ID = "dozor-sla";

    private SlaTopology() {
    }

    public static Topology build(StreamsBuilder builder, Supplier<ClockEngine> engine, Duration punctuateEvery) {
        Serde<String> strings = Serdes.String();
        for (String store : List.of(CLOCKS, DUE_INDEX, METRICS)) {
            StoreBuilder<KeyValueStore<String, String>> b = Stores
                    .keyValueStoreBuilder(Stores.persistentKeyValueStore(store), strings, strings);
            builder.addStateStore(b);
        }
        builder.stream(List.of(Topics.REQUESTS, Topics.WORK), Consumed.with(strings, strings))
                .process(() -> new SlaClockProcessor(engine, punctuateEvery), CLOCKS, DUE_INDEX, METRICS)
                .to(Topics.SLA, Produced.with(strings, strings));
        return builder.build(new Properties());
    }
}
