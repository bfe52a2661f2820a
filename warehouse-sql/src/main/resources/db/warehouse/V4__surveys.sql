-- Issue 3: customer satisfaction answers and the daily CSAT / NPS the brief's goal (>= 70) is measured by.
CREATE TABLE dw.fact_survey (
    request_id   uuid PRIMARY KEY,
    answered_at  timestamptz NOT NULL,
    csat         smallint    NOT NULL,
    nps          smallint    NOT NULL
);

-- CSAT as the share of 4-5 answers in percent; NPS as promoters (9-10) minus detractors (0-6), in points.
CREATE VIEW mart.satisfaction_daily AS
SELECT (answered_at AT TIME ZONE 'Europe/Minsk')::date                                       AS day,
       count(*)::integer                                                                    AS answers,
       round(avg(csat)::numeric, 2)                                                         AS csat_avg,
       round(100.0 * count(*) FILTER (WHERE csat >= 4) / count(*), 1)                       AS csat_percent,
       round(100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6)) / count(*), 1) AS nps
  FROM dw.fact_survey
 GROUP BY 1;
