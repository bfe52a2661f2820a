-- Requests per Minsk day and priority, from the first request's day to today.
--   registered: requests registered that day
--   open:       requests registered by the end of that day and not closed by then
--   breached:   requests whose first-response SLA breached that day
CREATE VIEW mart.requests_daily AS
WITH bounds AS (
    SELECT min(registered_date_key) AS first_key FROM dw.fact_service_request
), days AS (
    SELECT d.date_key,
           d.full_date,
           ((d.full_date + 1)::timestamp AT TIME ZONE 'Europe/Minsk') AS day_end
      FROM dw.dim_date d
      JOIN bounds ON d.date_key >= bounds.first_key
     WHERE d.full_date <= (now() AT TIME ZONE 'Europe/Minsk')::date
), priorities AS (
    SELECT unnest(ARRAY['P1', 'P2', 'P3', 'P4']) AS priority
)
SELECT days.full_date AS day,
       p.priority,
       (SELECT count(*) FROM dw.fact_service_request f
         WHERE f.registered_date_key = days.date_key AND f.priority = p.priority)::integer AS registered,
       (SELECT count(*) FROM dw.fact_service_request f
         WHERE f.priority = p.priority AND f.registered_at < days.day_end
           AND (f.closed_at IS NULL OR f.closed_at >= days.day_end))::integer AS open,
       (SELECT count(*) FROM dw.fact_service_request f
         WHERE f.breached_date_key = days.date_key AND f.priority = p.priority)::integer AS breached
  FROM days CROSS JOIN priorities p;

COMMENT ON VIEW mart.requests_daily IS 'Заявки по дням (Минск) и приоритетам: зарегистрировано, открыто на конец дня, просрочено.';
