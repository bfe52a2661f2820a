package dozor.batch.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import dozor.calendar.BusinessCalendar;
import dozor.calendar.CalendarDefinition;
import dozor.clocks.Calendars;
import dozor.clocks.Clock;
import dozor.clocks.ClockEngine;
import dozor.clocks.RequestClocks;
import dozor.clocks.SlaPolicy;
import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays the request and work events of the requests registered in a period through the clock engine, with the
 * SLA settings published last, and corrects {@code dw.fact_sla_clock} where the outcome differs, recording each
 * correction in {@code dw.sla_recompute_change}. One call handles {@code batchSize} requests in one transaction;
 * the step repeats until all are done, so a failed run restarts after the last committed batch.
 */
class SlaRecomputeTasklet implements Tasklet {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    private final JdbcClient jdbc;

    private final java.time.Clock clock;

    private final LocalDate from;

    private final LocalDate to;

    private final int batchSize;

    private ClockEngine engine;

    private UUID cursor = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: this is the least

    SlaRecomputeTasklet(JdbcClient jdbc, java.time.Clock clock, LocalDate from, LocalDate to, int batchSize) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.from = from;
        this.to = to;
        this.batchSize = batchSize;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (engine == null) {
            engine = engine();
        }
        long executionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        List<UUID> requests = jdbc.sql("""
                SELECT request_id FROM dw.fact_service_request
                 WHERE registered_at >= :from AND registered_at < :to AND request_id > :cursor
                 ORDER BY request_id LIMIT :n
                """).param("from", Timestamp.from(from.atStartOfDay(MINSK).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(MINSK).toInstant())).param("cursor", cursor)
                .param("n", batchSize).query(UUID.class).list();
        if (requests.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        Instant now = clock.instant();
        for (UUID request : requests) {
            contribution.incrementReadCount();
            contribution.incrementWriteCount(recompute(request, now, executionId));
        }
        cursor = requests.get(requests.size() - 1);
        return RepeatStatus.CONTINUABLE;
    }

    private int recompute(UUID request, Instant now, long executionId) {
        RequestClocks state = RequestClocks.empty(request);
        for (String json : jdbc.sql("""
                SELECT payload::text FROM dw.stg_event
                 WHERE aggregate_id = :id AND topic IN (:topics)
                 ORDER BY occurred_at, kafka_partition, kafka_offset
                """).param("id", request.toString()).param("topics", List.of(Topics.REQUESTS, Topics.WORK))
                .query(String.class).list()) {
            DozorEvent event = EventJson.read(json);
            state = engine.apply(state, event).state();
        }
        state = engine.tick(state, now).state();
        int changes = 0;
        for (Clock c : state.clocks()) {
            Map<String, Object> row = jdbc.sql("""
                    SELECT state, breached_at, used_millis FROM dw.fact_sla_clock
                     WHERE request_id = :id AND clock_key = :key
                    """).param("id", request).param("key", c.key()).query().listOfRows().stream().findFirst()
                    .orElse(null);
            long used = engine.used(c, c.finished() ? c.stoppedAt() : now).toMillis();
            Instant breachedBefore = row == null || row.get("breached_at") == null ? null
                    : ((Timestamp) row.get("breached_at")).toInstant();
            String stateBefore = row == null ? null : (String) row.get("state");
            boolean differs = row == null || !c.state().equals(stateBefore)
                    || !java.util.Objects.equals(c.breachedAt(), breachedBefore);
            if (!differs) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO dw.sla_recompute_change (job_execution_id, request_id, clock_key, before_state,
                        after_state, before_breached_at, after_breached_at, before_used_millis, after_used_millis)
                    VALUES (:run, :id, :key, :beforeState, :afterState, :beforeBreached, :afterBreached, :beforeUsed,
                        :afterUsed)
                    """).param("run", executionId).param("id", request).param("key", c.key())
                    .param("beforeState", stateBefore).param("afterState", c.state())
                    .param("beforeBreached", breachedBefore == null ? null : Timestamp.from(breachedBefore))
                    .param("afterBreached", c.breachedAt() == null ? null : Timestamp.from(c.breachedAt()))
                    .param("beforeUsed", row == null ? null : row.get("used_millis")).param("afterUsed", used).update();
            jdbc.sql("""
                    INSERT INTO dw.fact_sla_clock (request_id, clock_key, target, task_id, department, state, started_at,
                        due_at, breached_at, finished, finished_at, used_millis, target_millis, last_event_at)
                    VALUES (:id, :key, :target, :task, :department, :state, :started, :due, :breached, :finished,
                        :finishedAt, :used, :targetMillis, :at)
                    ON CONFLICT (request_id, clock_key) DO UPDATE SET state = EXCLUDED.state, due_at = EXCLUDED.due_at,
                        breached_at = EXCLUDED.breached_at, finished = EXCLUDED.finished,
                        finished_at = EXCLUDED.finished_at, used_millis = EXCLUDED.used_millis,
                        target_millis = EXCLUDED.target_millis
                    """).param("id", request).param("key", c.key()).param("target", c.target())
                    .param("task", c.taskId()).param("department", c.department()).param("state", c.state())
                    .param("started", ts(c.startedAt())).param("due", ts(c.dueAt()))
                    .param("breached", ts(c.breachedAt())).param("finished", c.finished())
                    .param("finishedAt", ts(c.stoppedAt())).param("used", used).param("targetMillis", c.targetMillis())
                    .param("at", Timestamp.from(now)).update();
            if (Clock.FIRST_RESPONSE.equals(c.key())) {
                jdbc.sql("""
                        UPDATE dw.fact_service_request
                           SET sla_state = :state, sla_due_at = :due, sla_breached_at = :breached,
                               breached_date_key = CASE WHEN CAST(:breached AS timestamptz) IS NULL THEN NULL ELSE
                                   to_char(CAST(:breached AS timestamptz) AT TIME ZONE 'Europe/Minsk', 'YYYYMMDD')::integer END
                         WHERE request_id = :id
                        """).param("id", request).param("state", c.state()).param("due", ts(c.dueAt()))
                        .param("breached", ts(c.breachedAt())).update();
            }
            changes++;
        }
        return changes;
    }

    /** The SLA settings published last (landed with the events), or the defaults when none were published. */
    private ClockEngine engine() {
        return jdbc.sql("""
                SELECT payload::text FROM dw.stg_event WHERE event_type = 'SlaSettingsPublished'
                 ORDER BY (payload->>'settingsVersion')::integer DESC, occurred_at DESC LIMIT 1
                """).query(String.class).optional().map(json -> {
                    JsonNode settings = JSON.readTree(json);
                    SlaPolicy policy = JSON.treeToValue(settings.get("policy"), SlaPolicy.class);
                    Map<String, BusinessCalendar> calendars = new HashMap<>();
                    settings.get("calendars").properties().forEach(e -> calendars.put(e.getKey(),
                            JSON.treeToValue(e.getValue(), CalendarDefinition.class).toCalendar()));
                    return new ClockEngine(policy, new Calendars(calendars));
                }).orElseGet(() -> new ClockEngine(SlaPolicy.defaults(), Calendars.defaults()));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
