package dozor.streams.sla;

import org.apache.kafka.streams.KafkaStreams;
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
        KafkaStreams.State state = streams.state();
        boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING
                || state == KafkaStreams.State.CREATED;
        return (up ? Health.up() : Health.down()).withDetail("state", state.name()).build();
    }
}
