-- Issue 3: the duplicate rate (goal from the brief: under 2 % duplicate records). A request is flagged when the
-- api suspected at registration that it repeats an open one, and counted as a duplicate when a dispatcher merged it.
ALTER TABLE dw.fact_service_request
    ADD COLUMN suspected_duplicate boolean NOT NULL DEFAULT false,
    ADD COLUMN merged_into uuid,
    ADD COLUMN merged_at timestamptz;

CREATE VIEW mart.duplicates_daily AS
SELECT d.full_date                                                                   AS day,
       count(*)::integer                                                             AS registered,
       count(*) FILTER (WHERE f.suspected_duplicate)::integer                        AS flagged,
       count(*) FILTER (WHERE f.merged_into IS NOT NULL)::integer                    AS merged,
       round(100.0 * count(*) FILTER (WHERE f.merged_into IS NOT NULL) / count(*), 2) AS duplicate_percent
  FROM dw.fact_service_request f
  JOIN dw.dim_date d ON d.date_key = f.registered_date_key
 GROUP BY d.full_date;
