package dozor.api.outbox;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate batch;

    private final OutboxSignal signal;

    private final org.springframework.context.ApplicationEventPublisher listeners;

    Outbox(JdbcClient jdbc, JdbcTemplate batch, OutboxSignal signal,
            org.springframework.context.ApplicationEventPublisher listeners) {
        this.jdbc = jdbc;
        this.batch = batch;
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
        signalAfterCommit();
    }

    /**
     * {@link #append} for many events at once, in one JDBC batch and in the given order (the relay publishes in the
     * order of the rows), then heard by the api's listeners one by one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(List<? extends DozorEvent> events) {
        batch.batchUpdate("""
                INSERT INTO ops.outbox (event_id, aggregate_id, event_type, topic, payload, occurred_at)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?)
                """, events, events.size(), (ps, event) -> {
                    ps.setObject(1, event.eventId());
                    ps.setObject(2, event.aggregateId());
                    ps.setString(3, event.type());
                    ps.setString(4, event.topic());
                    ps.setString(5, EventJson.write(event));
                    ps.setTimestamp(6, Timestamp.from(event.occurredAt()));
                });
        events.forEach(listeners::publishEvent);
        signalAfterCommit();
    }

    private void signalAfterCommit() {
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
