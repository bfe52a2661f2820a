package dozor.streams.sla;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** UP while the topology runs (or rebalances), DOWN when it has stopped or failed. */
@Component("slaTopologyHealthIndicator")
class SlaStreamsHealth implements HealthIndicator {

    private final SlaStreams streams;

    SlaStreamsHealth(SlaStreams streams) {
        this.streams = streams;
    }

    @Override
    public Health health() {
        return streams.health();
    }
}
