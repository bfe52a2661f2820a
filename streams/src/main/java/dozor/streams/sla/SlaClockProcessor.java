package dozor.streams.sla;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.requests.RequestRegistered;
import dozor.events.sla.SlaBreached;
import dozor.events.sla.SlaClockUpdated;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts a first-response clock when a request is registered and breaches it at its due time. Idempotent:
 * a re-delivered registration finds its clock and changes nothing; output event ids are derived from the
 * clock's transition, so a replay emits the same ids and consumers drop the repeats.
 */
class SlaClockProcessor implements Processor<String, String, String, String> {

    private static final Logger log = LoggerFactory.getLogger(SlaClockProcessor.class);

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String FIRST_RESPONSE = "FIRST_RESPONSE";

    private final SlaPolicy policy;

    private final Duration punctuateEvery;

    private ProcessorContext<String, String> context;

    private KeyValueStore<String, String> clocks;

    private KeyValueStore<String, String> due;

    SlaClockProcessor(SlaPolicy policy, Duration punctuateEvery) {
        this.policy = policy;
        this.punctuateEvery = punctuateEvery;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.clocks = context.getStateStore(SlaTopology.CLOCKS);
        this.due = context.getStateStore(SlaTopology.DUE_INDEX);
        context.schedule(punctuateEvery, PunctuationType.WALL_CLOCK_TIME, this::breachDueClocks);
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
        if (event instanceof RequestRegistered registered) {
            start(registered, record.timestamp());
        }
    }

    private void start(RequestRegistered registered, long recordTimestamp) {
        String key = registered.requestId().toString();
        if (clocks.get(key) != null) {
            return; // a duplicate delivery of the registration
        }
        Instant dueAt = registered.registeredAt().plus(policy.firstResponseTarget(registered.priority()));
        SlaClock clock = new SlaClock(registered.requestId(), FIRST_RESPONSE, registered.priority(), SlaClock.RUNNING,
                registered.registeredAt(), dueAt, null);
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        save(clock);
        emitUpdated(clock, now);
        if (!dueAt.isAfter(now)) {
            breach(clock, now);
        }
        else {
            due.put(dueKey(clock), key);
        }
    }

    /** Breaches every running clock whose due time is not after the wall clock. */
    void breachDueClocks(long wallClockMillis) {
        Instant now = Instant.ofEpochMilli(wallClockMillis);
        List<KeyValue<String, String>> dueNow = new ArrayList<>();
        try (KeyValueIterator<String, String> it = due.range(pad(0), pad(wallClockMillis) + "|~")) {
            it.forEachRemaining(dueNow::add);
        }
        for (KeyValue<String, String> entry : dueNow) {
            due.delete(entry.key);
            String value = clocks.get(entry.value);
            if (value == null) {
                continue;
            }
            SlaClock clock = JSON.readValue(value, SlaClock.class);
            if (clock.running()) {
                breach(clock, now);
            }
        }
    }

    private void breach(SlaClock clock, Instant now) {
        SlaClock breached = clock.breach();
        save(breached);
        emit(new SlaBreached(eventId(breached, "breached"), now, SlaBreached.CURRENT_VERSION, clock.requestId(),
                clock.target(), clock.priority(), clock.dueAt(), breached.breachedAt()));
        emitUpdated(breached, now);
    }

    private void emitUpdated(SlaClock clock, Instant now) {
        emit(new SlaClockUpdated(eventId(clock, "updated"), now, SlaClockUpdated.CURRENT_VERSION, clock.requestId(),
                clock.target(), clock.priority(), clock.state(), clock.startedAt(), clock.dueAt()));
    }

    private void emit(DozorEvent event) {
        Record<String, String> out = new Record<>(event.aggregateId(), EventJson.write(event),
                event.occurredAt().toEpochMilli());
        out.headers().add(dozor.events.Topics.TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8));
        out.headers().add(dozor.events.Topics.EVENT_ID_HEADER,
                event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        context.forward(out);
    }

    private void save(SlaClock clock) {
        clocks.put(clock.requestId().toString(), JSON.writeValueAsString(clock));
    }

    /** The same transition of the same clock always gets the same id. */
    static UUID eventId(SlaClock clock, String kind) {
        return UUID.nameUUIDFromBytes((clock.requestId() + "|" + clock.target() + "|" + kind + "|" + clock.state()
                + "|" + clock.dueAt()).getBytes(StandardCharsets.UTF_8));
    }

    private static String dueKey(SlaClock clock) {
        return pad(clock.dueAt().toEpochMilli()) + "|" + clock.requestId();
    }

    private static String pad(long millis) {
        return String.format("%015d", Math.max(0, millis));
    }
}
