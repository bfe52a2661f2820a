package dozor.api.outbox.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dozor.events.Topics;

/**
 * Settings of the outbox relay ({@code dozor.outbox.*}).
 *
 * @param bootstrapServers the Kafka cluster
 * @param relayEnabled whether this instance runs a relay at all (only one leads at a time anyway)
 * @param batchSize rows published per database transaction
 * @param pollInterval how often an idle relay looks for rows committed by other instances
 * @param ackTimeout how long to wait for Kafka before the round is rolled back and retried
 * @param maxBackoff the longest pause between retries while Kafka is down
 * @param leaderRetry how often a follower tries to take the lead
 * @param retention how long published rows are kept for inspection before they are deleted
 * @param topics the topics the api writes, with their partition counts, created when missing
 */
@ConfigurationProperties("dozor.outbox")
public record OutboxRelayProperties(@DefaultValue("127.0.0.1:9092") String bootstrapServers,
        @DefaultValue("true") boolean relayEnabled, @DefaultValue("500") int batchSize,
        @DefaultValue("250ms") Duration pollInterval, @DefaultValue("10s") Duration ackTimeout,
        @DefaultValue("5s") Duration maxBackoff, @DefaultValue("5s") Duration leaderRetry,
        @DefaultValue("7d") Duration retention, @DefaultValue Map<String, Integer> topics) {

    public OutboxRelayProperties {
        if (topics == null || topics.isEmpty()) {
            topics = Map.of(Topics.REQUESTS, Topics.PARTITIONS, Topics.WORK, Topics.PARTITIONS, Topics.STOCK,
                    Topics.PARTITIONS, Topics.PROCUREMENT, Topics.PARTITIONS, Topics.LOGISTICS, Topics.PARTITIONS,
                    Topics.REFERENCE, 1);
        }
    }
}
