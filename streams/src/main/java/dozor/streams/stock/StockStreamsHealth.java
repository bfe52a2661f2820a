package dozor.streams.stock;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** UP while the stock topology runs (or rebalances), DOWN when it has stopped or failed. */
@Component("stockTopologyHealthIndicator")
class StockStreamsHealth implements HealthIndicator {

    private final StockStreams streams;

    StockStreamsHealth(StockStreams streams) {
        this.streams = streams;
    }

    @Override
    public Health health() {
        KafkaStreams.State state = streams.state();
        boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING
                || state == KafkaStreams.State.CREATED;
        return (up ? Health.up() : Health.down()).withDetail("state", state.name()).build();
    }
}
