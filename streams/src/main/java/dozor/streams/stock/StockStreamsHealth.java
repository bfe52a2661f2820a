package dozor.streams.stock;

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
        return streams.health();
    }
}
