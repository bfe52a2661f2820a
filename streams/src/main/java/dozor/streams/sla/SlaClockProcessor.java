package dozor.streams.sla;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dozor.clocks.Clock;
import dozor.clocks.ClockEngine;
import dozor.clocks.ClockFact;
import dozor.clocks.RequestClocks;
import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;
import dozor.events.requests.RequestEvent;
import dozor.events.sla.SlaBreached;
import dozor.events.sla.SlaClockUpdated;
import dozor.events.sla.SlaEscalated;
import dozor.events.sla.SlaWarning;
import dozor.events.work.WorkEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a request's events to its clocks and reports what happened. Idempotent (the engine drops re-delivered
 * events) and deterministic: output event ids are derived from the fact, so a replay emits the same ids.
 */
class SlaClockProcessor implements Processor<String, String, String, String> {

    private static final Logger log = LoggerFactory.getLogger(SlaClockProcessor.class);

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Supplier<ClockEngine> engines;

    private final Duration punctuateEvery;

    private ProcessorContext<String, String> context;

    private KeyValueStore<String, String> clocks;

    private KeyValueStore<String, String> due;

    private KeyValueStore<String, String> metrics;

    SlaClockProcessor(Supplier<ClockEngine> engines, Duration punctuateEvery) {
        this.engines = engines;
        this.punctuateEvery = punctuateEvery;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.clocks = context.getStateStore(SlaTopology.CLOCKS);
        this.due = context.getStateStore(SlaTopology.DUE_INDEX);
        this.metrics = context.getStateStore(SlaTopology.METRICS);
        context.schedule(punctuateEvery, PunctuationType.WALL_CLOCK_TIME, this::tickDue);
    }

    @Override
    public void process(Record<String, String> record) {
        DozorEvent event;
        try {
            event = EventJson.read(record.value());
        }
        catch (RuntimeException ex) {
            // A record we cannot read must not stop every clock; it stays in the topic for inspection.
            log.warn("Skipping unreadable record with key {}: {}", record.key(), ex.toString());
            return;
        }
        UUID requestId;
        if (event instanceof RequestEvent && event.aggregateId() != null) {
            requestId = UUID.fromString(event.aggregateId());
        }
        else if (event instanceof WorkEvent work) {
            requestId = work.requestId();
        }
        else {
            return;
        }
        RequestClocks before = load(requestId).orElse(RequestClocks.empty(requestId));
        ClockEngine engine = engines.get();
        ClockEngine.Step step = engine.apply(before, event);
        if (step.state().clocks().isEmpty()) {
            return; // a work event of a request whose registration this app has not seen: nothing to measure
        }
        store(engine, before, step);
    }

    /** Ticks every request whose next deadline has come. */
    void tickDue(long wallClockMillis) {
        Instant now = Instant.ofEpochMilli(wallClockMillis);
        List<KeyValue<String, String>> dueNow = new ArrayList<>();
        try (KeyValueIterator<String, String> it = due.range(pad(0), pad(wallClockMillis) + "|~")) {
            it.forEachRemaining(dueNow::add);
        }
        ClockEngine engine = engines.get();
        for (KeyValue<String, String> entry : dueNow) {
            Optional<RequestClocks> state = load(UUID.fromString(entry.value));
            if (state.isEmpty()) {
                due.delete(entry.key);
                continue;
            }
            store(engine, state.get(), engine.tick(state.get(), now));
        }
    }

    private void store(ClockEngine engine, RequestClocks before, ClockEngine.Step step) {
        RequestClocks after = step.state();
        engine.nextDeadline(before).ifPresent(d -> due.delete(dueKey(d, before.requestId())));
        engine.nextDeadline(after).ifPresent(d -> due.put(dueKey(d, after.requestId()), after.requestId().toString()));
        clocks.put(after.requestId().toString(), JSON.writeValueAsString(after));
        for (ClockFact fact : step.facts()) {
            emit(toEvent(after, fact, engine));
            if ("CHANGED".equals(fact.kind()) && "STOPPED".equals(fact.clock().run())) {
                SlaMetrics.record(metrics, fact.clock(), engine.used(fact.clock(), fact.at()));
            }
        }
    }

    private Optional<RequestClocks> load(UUID requestId) {
        String json = clocks.get(requestId.toString());
        return Optional.ofNullable(json).map(v -> JSON.readValue(v, RequestClocks.class));
    }

    static DozorEvent toEvent(RequestClocks request, ClockFact fact, ClockEngine engine) {
        Clock c = fact.clock();
        UUID id = eventId(request.requestId(), fact);
        String priority = request.priority();
        return switch (fact.kind()) {
            case "WARNING" -> new SlaWarning(id, fact.at(), SlaWarning.CURRENT_VERSION, request.requestId(), c.target(),
                    priority, c.dueAt(), c.taskId(), c.department(), c.assignee());
            case "BREACH" -> new SlaBreached(id, fact.at(), SlaBreached.CURRENT_VERSION, request.requestId(),
                    c.target(), priority, c.dueAt(), c.breachedAt(), c.taskId(), c.department(), c.assignee());
            case "ESCALATION" -> new SlaEscalated(id, fact.at(), SlaEscalated.CURRENT_VERSION, request.requestId(),
                    c.target(), priority, fact.level(), fact.audience(), c.dueAt(), c.taskId(), c.department(),
                    c.assignee());
            default -> new SlaClockUpdated(id, fact.at(), SlaClockUpdated.CURRENT_VERSION, request.requestId(),
                    c.target(), priority, c.state(), c.startedAt(), c.dueAt(), c.taskId(), c.department(),
                    c.assignee(), engine.used(c, fact.at()).toMillis(), c.targetMillis(), c.pauseReason(),
                    c.finished());
        };
    }

    private void emit(DozorEvent event) {
        Record<String, String> out = new Record<>(event.aggregateId(), EventJson.write(event),
                Math.max(0, event.occurredAt().toEpochMilli()));
        out.headers().add(Topics.TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8));
        out.headers().add(Topics.EVENT_ID_HEADER, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        context.forward(out);
    }

    /** The same fact of the same clock always gets the same id. */
    static UUID eventId(UUID requestId, ClockFact fact) {
        Clock c = fact.clock();
        return UUID.nameUUIDFromBytes((requestId + "|" + c.key() + "|" + fact.kind() + "|" + fact.level() + "|"
                + fact.at() + "|" + c.state() + "|" + c.dueAt()).getBytes(StandardCharsets.UTF_8));
    }

    private static String dueKey(Instant deadline, UUID requestId) {
        return pad(deadline.toEpochMilli()) + "|" + requestId;
    }

    private static String pad(long millis) {
        return String.format("%015d", Math.max(0, millis));
    }

    static LocalDate minskDay(Instant at) {
        return LocalDate.ofInstant(at, java.time.ZoneId.of("Europe/Minsk"));
    }
}
