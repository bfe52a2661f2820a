package dozor.streams.sla;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dozor.clocks.RequestClocks;
import dozor.events.Topics;
import dozor.streams.TopologyRunner;
import io.micrometer.core.instrument.MeterRegistry;

/** Runs the SLA topology (exactly-once v2) and answers interactive queries against its clock store. */
@Component
public class SlaStreams extends TopologyRunner {

    private final SlaReference reference;

    SlaStreams(SlaReference reference, MeterRegistry meters,
            @Value("${dozor.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${dozor.streams.state-dir}") Path stateDir) {
        super("SLA", SlaTopology.APPLICATION_ID, List.of(Topics.REQUESTS, Topics.WORK, Topics.SLA), meters,
                bootstrapServers, stateDir);
        this.reference = reference;
    }

    @Override
    protected Topology topology() {
        return SlaTopology.build(new StreamsBuilder(), reference::engine, Duration.ofSeconds(1));
    }

    /** The clocks of one request, if this instance holds them and the store is ready. */
    public Optional<RequestClocks> clocks(UUID requestId) {
        String json = store(SlaTopology.CLOCKS).get(requestId.toString());
        return Optional.ofNullable(json).map(v -> SlaClockProcessor.JSON.readValue(v, RequestClocks.class));
    }

    /** Outcome figures per target and department leg over the Minsk days {@code from}..{@code to}. */
    public List<SlaMetrics.Figures> figures(java.time.LocalDate from, java.time.LocalDate to) {
        return SlaMetrics.between(store(SlaTopology.METRICS), from, to);
    }

    public dozor.clocks.ClockEngine engine() {
        return reference.engine();
    }
}
