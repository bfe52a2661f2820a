package dozor.events.work;

import java.util.UUID;

import dozor.events.DozorEvent;
import dozor.events.Topics;

/**
 * Events on {@value Topics#WORK}. Keyed by the request id, not the task id: every fact about one request lands in
 * one partition, in order, next to the request's own events, which the SLA clocks need.
 */
public sealed interface WorkEvent extends DozorEvent permits TaskCreated, TaskAssigned, TaskStarted, TaskCompleted,
        TaskCancelled {

    UUID taskId();

    UUID requestId();

    @Override
    default String aggregateId() {
        return requestId().toString();
    }

    @Override
    default String topic() {
        return Topics.WORK;
    }
}
