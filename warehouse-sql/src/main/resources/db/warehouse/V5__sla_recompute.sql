-- Issue 3: SLA history is recomputable from the event log. Each run of the sla-recompute job records what it
-- corrected, clock by clock, so a calendar or policy fix says what it changed.
CREATE TABLE dw.sla_recompute_change (
    id                  bigserial PRIMARY KEY,
    job_execution_id    bigint      NOT NULL,
    request_id          uuid        NOT NULL,
    clock_key           text        NOT NULL,
    before_state        text,
    after_state         text        NOT NULL,
    before_breached_at  timestamptz,
    after_breached_at   timestamptz,
    before_used_millis  bigint,
    after_used_millis   bigint,
    recomputed_at       timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX sla_recompute_change_run ON dw.sla_recompute_change (job_execution_id);

CREATE VIEW mart.sla_corrections AS
SELECT c.job_execution_id, f.request_number, c.clock_key, c.before_state, c.after_state, c.before_breached_at,
       c.after_breached_at, c.before_used_millis, c.after_used_millis, c.recomputed_at
  FROM dw.sla_recompute_change c
  JOIN dw.fact_service_request f ON f.request_id = c.request_id;
