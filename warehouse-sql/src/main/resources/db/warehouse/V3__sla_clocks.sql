-- Issue 3: every SLA clock of every request (first response, resolution, department legs) and the live figures
-- dashboards show: share within SLA, mean and p90 business time per target and department.

CREATE TABLE dw.fact_sla_clock (
    request_id     uuid        NOT NULL,
    clock_key      text        NOT NULL,
    target         text        NOT NULL,
    task_id        uuid,
    department     text,
    priority       text,
    state          text        NOT NULL,
    started_at     timestamptz,
    due_at         timestamptz,
    breached_at    timestamptz,
    finished       boolean     NOT NULL DEFAULT false,
    finished_at    timestamptz,
    used_millis    bigint,
    target_millis  bigint,
    last_event_at  timestamptz NOT NULL,
    PRIMARY KEY (request_id, clock_key)
);
CREATE INDEX fact_sla_clock_finished ON dw.fact_sla_clock (finished_at) WHERE finished;

-- Finished clocks per Minsk day, target and department (cancelled requests excluded).
CREATE VIEW mart.sla_daily AS
SELECT (c.finished_at AT TIME ZONE 'Europe/Minsk')::date                        AS day,
       c.target,
       coalesce(c.department, '')                                              AS department,
       count(*)::integer                                                       AS finished,
       count(*) FILTER (WHERE c.breached_at IS NULL)::integer                  AS met,
       round(count(*) FILTER (WHERE c.breached_at IS NULL)::numeric / count(*), 4) AS met_share,
       round((avg(c.used_millis) / 3600000.0)::numeric, 2)                     AS mean_hours,
       round((percentile_cont(0.9) WITHIN GROUP (ORDER BY c.used_millis) / 3600000.0)::numeric, 2) AS p90_hours
  FROM dw.fact_sla_clock c
 WHERE c.finished AND c.state <> 'CANCELLED'
 GROUP BY 1, 2, 3;

COMMENT ON VIEW mart.sla_daily IS 'SLA по дням (Минск): сколько часов завершено, сколько в срок, среднее и p90 рабочего времени по целям и отделам.';
