package dozor.batch.dw;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applies landed events to the star schema, oldest first, {@code batchSize} events per transaction (each call is
 * one transaction; the step repeats it until nothing is left). Every statement is an upsert keyed by business
 * ids, so applying an event twice changes nothing: a re-run never double-counts.
 *
 * <p>An SLA event whose request has not reached the fact table yet stays unapplied and is tried again on the
 * next run; the cursor makes this run move past it.
 */
class StarSchemaTasklet implements Tasklet {

    /** The natural key of a customer: the УНП, or the normalised name for a private person. */
    static final String NATURAL_KEY = """
            CASE WHEN e.payload->>'unp' IS NOT NULL THEN 'unp:' || (e.payload->>'unp')
                 ELSE 'name:' || lower(regexp_replace(btrim(e.payload->>'customerName'), '\\s+', ' ', 'g')) END""";

    private final JdbcClient jdbc;

    private final int batchSize;

    private Instant cursorTime = Instant.EPOCH;

    private UUID cursorId = new UUID(0, 0);

    StarSchemaTasklet(JdbcClient jdbc, int batchSize) {
        this.jdbc = jdbc;
        this.batchSize = batchSize;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        record Cursor(UUID id, Instant occurredAt) {
        }
        List<Cursor> batch = jdbc.sql("""
                SELECT event_id, occurred_at FROM dw.stg_event
                 WHERE applied_at IS NULL AND (occurred_at, event_id) > (:t, :id)
                 ORDER BY occurred_at, event_id LIMIT :n
                """).param("t", Timestamp.from(cursorTime)).param("id", cursorId).param("n", batchSize)
                .query((rs, i) -> new Cursor(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant())).list();
        if (batch.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        Cursor last = batch.get(batch.size() - 1);
        cursorTime = last.occurredAt();
        cursorId = last.id();
        UUID[] ids = batch.stream().map(Cursor::id).toArray(UUID[]::new);

        upsertCustomers(ids);
        insertFacts(ids);
        applyStatusChanges(ids);
        applyPriorityChanges(ids);
        applyClockUpdates(ids);
        applyBreaches(ids);
        upsertSlaClocks(ids);
        insertSurveys(ids);
        applyMerges(ids);
        upsertItems(ids);
        upsertWarehouses(ids);
        insertStockMovements(ids);
        int applied = markApplied(ids);
        contribution.incrementWriteCount(applied);
        contribution.incrementFilterCount(batch.size() - applied);
        return RepeatStatus.CONTINUABLE;
    }

    private void upsertCustomers(UUID[] ids) {
        jdbc.sql("""
                INSERT INTO dw.dim_customer (natural_key, name, unp, customer_type, first_seen_at, last_seen_at)
                SELECT DISTINCT ON (natural_key) natural_key, name, unp, customer_type, seen_at, seen_at FROM (
                    SELECT %s AS natural_key,
                           btrim(e.payload->>'customerName') AS name,
                           e.payload->>'unp' AS unp,
                           CASE WHEN e.payload->>'unp' IS NOT NULL THEN 'ORGANISATION' ELSE 'PERSON' END AS customer_type,
                           (e.payload->>'registeredAt')::timestamptz AS seen_at
                      FROM dw.stg_event e
                     WHERE e.event_id = ANY (:ids) AND e.event_type = 'RequestRegistered') s
                 ORDER BY natural_key, seen_at DESC
                ON CONFLICT (natural_key) DO UPDATE
                   SET name = CASE WHEN EXCLUDED.last_seen_at >= dw.dim_customer.last_seen_at
                                   THEN EXCLUDED.name ELSE dw.dim_customer.name END,
                       first_seen_at = LEAST(dw.dim_customer.first_seen_at, EXCLUDED.first_seen_at),
                       last_seen_at = GREATEST(dw.dim_customer.last_seen_at, EXCLUDED.last_seen_at)
                """.formatted(NATURAL_KEY)).param("ids", ids).update();
    }

    private void insertFacts(UUID[] ids) {
        jdbc.sql("""
                INSERT INTO dw.fact_service_request (request_id, request_number, customer_key, registered_date_key,
                    registered_at, priority, device_model, status, last_event_at, suspected_duplicate)
                SELECT (e.payload->>'requestId')::uuid,
                       e.payload->>'number',
                       c.customer_key,
                       to_char((e.payload->>'registeredAt')::timestamptz AT TIME ZONE 'Europe/Minsk', 'YYYYMMDD')::integer,
                       (e.payload->>'registeredAt')::timestamptz,
                       e.payload->>'priority',
                       e.payload->>'deviceModel',
                       'NEW',
                       e.occurred_at,
                       e.payload->>'suspectedDuplicateOf' IS NOT NULL
                  FROM dw.stg_event e
                  JOIN dw.dim_customer c ON c.natural_key = %s
                 WHERE e.event_id = ANY (:ids) AND e.event_type = 'RequestRegistered'
                ON CONFLICT (request_id) DO NOTHING
                """.formatted(NATURAL_KEY)).param("ids", ids).update();
    }

    /** The latest clock state per request wins; a final state (BREACHED, MET) is never replaced by RUNNING. */
    private void applyClockUpdates(UUID[] ids) {
        jdbc.sql("""
                UPDATE dw.fact_service_request f
                   SET sla_target = s.target, sla_state = s.state, sla_due_at = s.due_at,
                       last_event_at = GREATEST(f.last_event_at, s.occurred_at)
                  FROM (SELECT DISTINCT ON (e.aggregate_id)
                               (e.payload->>'requestId')::uuid AS request_id,
                               e.payload->>'target' AS target,
                               e.payload->>'state' AS state,
                               (e.payload->>'dueAt')::timestamptz AS due_at,
                               e.occurred_at
                          FROM dw.stg_event e
                         WHERE e.event_id = ANY (:ids) AND e.event_type = 'SlaClockUpdated'
                           AND e.payload->>'target' = 'FIRST_RESPONSE'
                         ORDER BY e.aggregate_id, e.occurred_at DESC, (e.payload->>'state' <> 'RUNNING') DESC) s
                 WHERE f.request_id = s.request_id
                   AND (f.sla_state IS NULL OR f.sla_state = 'RUNNING' OR s.state <> 'RUNNING')
                """).param("ids", ids).update();
    }

    private void applyBreaches(UUID[] ids) {
        jdbc.sql("""
                UPDATE dw.fact_service_request f
                   SET sla_state = 'BREACHED',
                       sla_target = s.target,
                       sla_due_at = s.due_at,
                       sla_breached_at = s.breached_at,
                       breached_date_key = to_char(s.breached_at AT TIME ZONE 'Europe/Minsk', 'YYYYMMDD')::integer,
                       last_event_at = GREATEST(f.last_event_at, s.occurred_at)
                  FROM (SELECT DISTINCT ON (e.aggregate_id)
                               (e.payload->>'requestId')::uuid AS request_id,
                               e.payload->>'target' AS target,
                               (e.payload->>'dueAt')::timestamptz AS due_at,
                               (e.payload->>'breachedAt')::timestamptz AS breached_at,
                               e.occurred_at
                          FROM dw.stg_event e
                         WHERE e.event_id = ANY (:ids) AND e.event_type = 'SlaBreached'
                           AND e.payload->>'target' = 'FIRST_RESPONSE'
                         ORDER BY e.aggregate_id, e.occurred_at) s
                 WHERE f.request_id = s.request_id
                """).param("ids", ids).update();
    }

    /** The latest status; closing (or cancelling) sets closed_at, reopening clears it. */
    private void applyStatusChanges(UUID[] ids) {
        jdbc.sql("""
                UPDATE dw.fact_service_request f
                   SET status = s.to_status,
                       closed_at = CASE WHEN s.to_status IN ('CLOSED', 'CANCELLED') THEN s.occurred_at
                                        WHEN s.to_status = 'REOPENED' THEN NULL ELSE f.closed_at END,
                       last_event_at = GREATEST(f.last_event_at, s.occurred_at)
                  FROM (SELECT DISTINCT ON (e.aggregate_id) (e.payload->>'requestId')::uuid AS request_id,
                               e.payload->>'toStatus' AS to_status, e.occurred_at
                          FROM dw.stg_event e
                         WHERE e.event_id = ANY (:ids) AND e.event_type = 'RequestStatusChanged'
                         ORDER BY e.aggregate_id, e.occurred_at DESC) s
                 WHERE f.request_id = s.request_id
                """).param("ids", ids).update();
    }

    private void applyPriorityChanges(UUID[] ids) {
        jdbc.sql("""
                UPDATE dw.fact_service_request f SET priority = s.to_priority
                  FROM (SELECT DISTINCT ON (e.aggregate_id) (e.payload->>'requestId')::uuid AS request_id,
                               e.payload->>'toPriority' AS to_priority
                          FROM dw.stg_event e
                         WHERE e.event_id = ANY (:ids) AND e.event_type = 'RequestPriorityChanged'
                         ORDER BY e.aggregate_id, e.occurred_at DESC) s
                 WHERE f.request_id = s.request_id
                """).param("ids", ids).update();
    }

    /** Every clock's latest state; a finished clock is never reopened by an older event. */
    private void upsertSlaClocks(UUID[] ids) {
        jdbc.sql("""
                INSERT INTO dw.fact_sla_clock (request_id, clock_key, target, task_id, department, priority, state,
                    started_at, due_at, finished, finished_at, used_millis, target_millis, last_event_at)
                SELECT DISTINCT ON (request_id, clock_key) * FROM (
                    SELECT (e.payload->>'requestId')::uuid AS request_id,
                           CASE WHEN e.payload->>'taskId' IS NULL THEN e.payload->>'target'
                                ELSE 'LEG:' || (e.payload->>'taskId') END AS clock_key,
                           e.payload->>'target' AS target,
                           (e.payload->>'taskId')::uuid AS task_id,
                           e.payload->>'department' AS department,
                           e.payload->>'priority' AS priority,
                           e.payload->>'state' AS state,
                           (e.payload->>'startedAt')::timestamptz AS started_at,
                           (e.payload->>'dueAt')::timestamptz AS due_at,
                           coalesce((e.payload->>'finished')::boolean, false) AS finished,
                           CASE WHEN coalesce((e.payload->>'finished')::boolean, false) THEN e.occurred_at END
                               AS finished_at,
                           (e.payload->>'usedMillis')::bigint AS used_millis,
                           (e.payload->>'targetMillis')::bigint AS target_millis,
                           e.occurred_at AS last_event_at
                      FROM dw.stg_event e
                     WHERE e.event_id = ANY (:ids) AND e.event_type = 'SlaClockUpdated') s
                 ORDER BY request_id, clock_key, last_event_at DESC, finished DESC
                ON CONFLICT (request_id, clock_key) DO UPDATE
                   SET state = EXCLUDED.state, due_at = coalesce(EXCLUDED.due_at, dw.fact_sla_clock.due_at),
                       finished = EXCLUDED.finished, finished_at = EXCLUDED.finished_at,
                       used_millis = EXCLUDED.used_millis, target_millis = EXCLUDED.target_millis,
                       priority = EXCLUDED.priority, last_event_at = EXCLUDED.last_event_at,
                       started_at = coalesce(dw.fact_sla_clock.started_at, EXCLUDED.started_at)
                 WHERE EXCLUDED.last_event_at >= dw.fact_sla_clock.last_event_at
                   AND NOT (dw.fact_sla_clock.finished AND NOT EXCLUDED.finished)
                """).param("ids", ids).update();
        jdbc.sql("""
                UPDATE dw.fact_sla_clock c SET breached_at = s.breached_at
                  FROM (SELECT (e.payload->>'requestId')::uuid AS request_id,
                               CASE WHEN e.payload->>'taskId' IS NULL THEN e.payload->>'target'
                                    ELSE 'LEG:' || (e.payload->>'taskId') END AS clock_key,
                               min((e.payload->>'breachedAt')::timestamptz) AS breached_at
                          FROM dw.stg_event e
                         WHERE e.event_id = ANY (:ids) AND e.event_type = 'SlaBreached'
                         GROUP BY 1, 2) s
                 WHERE c.request_id = s.request_id AND c.clock_key = s.clock_key
                """).param("ids", ids).update();
    }

    private void insertSurveys(UUID[] ids) {
        jdbc.sql("""
                INSERT INTO dw.fact_survey (request_id, answered_at, csat, nps)
                SELECT (e.payload->>'requestId')::uuid, e.occurred_at, (e.payload->>'csat')::smallint,
                       (e.payload->>'nps')::smallint
                  FROM dw.stg_event e
                 WHERE e.event_id = ANY (:ids) AND e.event_type = 'SurveyAnswered'
                ON CONFLICT (request_id) DO NOTHING
                """).param("ids", ids).update();
    }

    private void applyMerges(UUID[] ids) {
        jdbc.sql("""
                UPDATE dw.fact_service_request f
                   SET merged_into = (e.payload->>'intoRequestId')::uuid, merged_at = e.occurred_at,
                       last_event_at = GREATEST(f.last_event_at, e.occurred_at)
                  FROM dw.stg_event e
                 WHERE e.event_id = ANY (:ids) AND e.event_type = 'RequestMerged'
                   AND f.request_id = (e.payload->>'requestId')::uuid
                """).param("ids", ids).update();
    }

    /** The newest reference record of an item wins; an older one landing late changes nothing. */
    private void upsertItems(UUID[] ids) {
        jdbc.sql("""
                INSERT INTO dw.dim_item (item_id, sku, name, category, unit, serial_tracked, abc_class, supplier_id,
                    updated_at)
                SELECT DISTINCT ON ((e.payload->>'itemId')::uuid)
                       (e.payload->>'itemId')::uuid, e.payload->>'sku', e.payload->>'name', e.payload->>'category',
                       e.payload->>'unit', (e.payload->>'serialTracked')::boolean, e.payload->>'abcClass',
                       (e.payload->>'supplierId')::uuid, e.occurred_at
                  FROM dw.stg_event e
                 WHERE e.event_id = ANY (:ids) AND e.event_type = 'StockItemPublished'
                 ORDER BY (e.payload->>'itemId')::uuid, e.occurred_at DESC
                ON CONFLICT (item_id) DO UPDATE
                   SET sku = EXCLUDED.sku, name = EXCLUDED.name, category = EXCLUDED.category, unit = EXCLUDED.unit,
                       serial_tracked = EXCLUDED.serial_tracked, abc_class = EXCLUDED.abc_class,
                       supplier_id = EXCLUDED.supplier_id, updated_at = EXCLUDED.updated_at
                 WHERE EXCLUDED.updated_at >= dw.dim_item.updated_at
                """).param("ids", ids).update();
    }

    private void upsertWarehouses(UUID[] ids) {
        jdbc.sql("""
                INSERT INTO dw.dim_warehouse (warehouse_id, code, name, kind, region, updated_at)
                SELECT DISTINCT ON ((e.payload->>'warehouseId')::uuid)
                       (e.payload->>'warehouseId')::uuid, e.payload->>'code', e.payload->>'name', e.payload->>'kind',
                       e.payload->>'region', e.occurred_at
                  FROM dw.stg_event e
                 WHERE e.event_id = ANY (:ids) AND e.event_type = 'WarehousePublished'
                 ORDER BY (e.payload->>'warehouseId')::uuid, e.occurred_at DESC
                ON CONFLICT (warehouse_id) DO UPDATE
                   SET code = EXCLUDED.code, name = EXCLUDED.name, kind = EXCLUDED.kind, region = EXCLUDED.region,
                       updated_at = EXCLUDED.updated_at
                 WHERE EXCLUDED.updated_at >= dw.dim_warehouse.updated_at
                """).param("ids", ids).update();
    }

    /** One fact per ledger movement (its id is the key, so a re-sent event adds nothing). */
    private void insertStockMovements(UUID[] ids) {
        jdbc.sql("""
                INSERT INTO dw.fact_stock_movement (movement_id, item_id, warehouse_id, date_key, moved_at, kind,
                    quantity, unit_cost, value, on_hand_after, average_cost_after, serial, request_id, task_id)
                SELECT (e.payload->>'movementId')::uuid, (e.payload->>'itemId')::uuid,
                       (e.payload->>'warehouseId')::uuid,
                       to_char(e.occurred_at AT TIME ZONE 'Europe/Minsk', 'YYYYMMDD')::integer, e.occurred_at,
                       e.payload->>'kind', (e.payload->>'quantity')::numeric,
                       coalesce((e.payload->>'unitCost')::numeric, 0),
                       round((e.payload->>'quantity')::numeric * coalesce((e.payload->>'unitCost')::numeric, 0), 2),
                       coalesce((e.payload->>'onHandAfter')::numeric, 0),
                       coalesce((e.payload->>'averageCostAfter')::numeric, 0),
                       e.payload->>'serial', (e.payload->>'requestId')::uuid, (e.payload->>'taskId')::uuid
                  FROM dw.stg_event e
                 WHERE e.event_id = ANY (:ids) AND e.event_type = 'StockMovementRecorded'
                ON CONFLICT (movement_id) DO NOTHING
                """).param("ids", ids).update();
    }

    /** Everything in the batch except SLA events of requests the fact table does not hold yet. */
    private int markApplied(UUID[] ids) {
        return jdbc.sql("""
                UPDATE dw.stg_event e SET applied_at = clock_timestamp()
                 WHERE e.event_id = ANY (:ids)
                   AND (e.event_type NOT IN ('SlaClockUpdated', 'SlaBreached', 'SlaWarning', 'SlaEscalated',
                                             'RequestMerged')
                        OR EXISTS (SELECT 1 FROM dw.fact_service_request f
                                    WHERE f.request_id = (e.payload->>'requestId')::uuid))
                """).param("ids", ids).update();
    }
}
