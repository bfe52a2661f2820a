package dozor.api.outbox;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dozor.events.DozorEvent;
import dozor.events.EventJson;

/**
 * Records an event in the same transaction as the state change that raised it. The relay publishes it
 * to Kafka after the commit; a rolled-back change leaves no event behind. Features of the api that react to the
 * event ({@code @EventListener}) hear it at once, inside the same transaction: their changes commit or roll back
 * with it.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;

    private final OutboxSignal signal;

    private final org.springframework.context.ApplicationEventPublisher listeners;

    Outbox(JdbcClient jdbc, OutboxSignal signal, org.springframework.context.ApplicationEventPublisher listeners) {
        this.jdbc = jdbc;
        this.signal = signal;
        this.listeners = listeners;
    }

    /** Must run inside the caller's transaction: an event without its state change is a lie. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(DozorEvent event) {
        jdbc.sql("""
                INSERT INTO ops.outbox (event_id, aggregate_id, event_type, topic, payload, occurred_at)
                VALUES (:eventId, :aggregateId, :type, :topic, CAST(:payload AS jsonb), :occurredAt)
                """)
                .param("eventId", event.eventId())
                .param("aggregateId", event.aggregateId())
                .param("type", event.type())
                .param("topic", event.topic())
                .param("payload", EventJson.write(event))
                .param("occurredAt", Timestamp.from(event.occurredAt()))
                .update();
        listeners.publishEvent(event);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.eventsCommitted();
                }
            });
        }
    }
}
