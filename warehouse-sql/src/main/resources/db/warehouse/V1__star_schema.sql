-- The star schema of Dozor (schema dw) and its landing zone. Built only by the batch app's dw-refresh job.
-- Flyway creates the schemas dw and mart (spring.flyway.schemas / the batch app's warehouse Flyway).

-- Every event landed from Kafka, exactly once (event_id), with where it came from.
CREATE TABLE dw.stg_event (
    event_id      uuid PRIMARY KEY,
    topic         text        NOT NULL,
    kafka_partition integer   NOT NULL,
    kafka_offset  bigint      NOT NULL,
    event_type    text        NOT NULL,
    aggregate_id  text        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    payload       jsonb       NOT NULL,
    landed_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    applied_at    timestamptz
);
CREATE INDEX stg_event_unapplied ON dw.stg_event (occurred_at, event_id) WHERE applied_at IS NULL;

-- The next Kafka offset to land per topic partition; written in the same transaction as the rows landed.
CREATE TABLE dw.load_offset (
    topic           text    NOT NULL,
    kafka_partition integer NOT NULL,
    next_offset     bigint  NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (topic, kafka_partition)
);

CREATE TABLE dw.dim_date (
    date_key      integer PRIMARY KEY,            -- yyyymmdd
    full_date     date     NOT NULL UNIQUE,
    year          smallint NOT NULL,
    quarter       smallint NOT NULL,
    month         smallint NOT NULL,
    month_name_ru text     NOT NULL,
    day_of_month  smallint NOT NULL,
    iso_week      smallint NOT NULL,
    day_of_week   smallint NOT NULL,              -- 1 = Monday ... 7 = Sunday
    day_name_ru   text     NOT NULL,
    is_weekend    boolean  NOT NULL
);

INSERT INTO dw.dim_date
SELECT to_char(d, 'YYYYMMDD')::integer,
       d,
       extract(year FROM d),
       extract(quarter FROM d),
       extract(month FROM d),
       (ARRAY['январь','февраль','март','апрель','май','июнь','июль','август','сентябрь','октябрь','ноябрь',
              'декабрь'])[extract(month FROM d)],
       extract(day FROM d),
       extract(week FROM d),
       extract(isodow FROM d),
       (ARRAY['понедельник','вторник','среда','четверг','пятница','суббота','воскресенье'])[extract(isodow FROM d)],
       extract(isodow FROM d) IN (6, 7)
  FROM generate_series(DATE '2020-01-01', DATE '2040-12-31', INTERVAL '1 day') AS g(d);

-- Customers as first seen in requests. The natural key is the УНП, or the normalised name without one.
CREATE TABLE dw.dim_customer (
    customer_key   bigserial PRIMARY KEY,
    natural_key    text        NOT NULL UNIQUE,
    name           text        NOT NULL,
    unp            text,
    customer_type  text        NOT NULL CHECK (customer_type IN ('ORGANISATION', 'PERSON')),
    first_seen_at  timestamptz NOT NULL,
    last_seen_at   timestamptz NOT NULL
);

-- One row per service request; SLA columns follow the streams app's clock events.
CREATE TABLE dw.fact_service_request (
    request_key          bigserial PRIMARY KEY,
    request_id           uuid        NOT NULL UNIQUE,
    request_number       text        NOT NULL,
    customer_key         bigint      NOT NULL REFERENCES dw.dim_customer (customer_key),
    registered_date_key  integer     NOT NULL REFERENCES dw.dim_date (date_key),
    registered_at        timestamptz NOT NULL,
    priority             text        NOT NULL,
    device_model         text,
    status               text        NOT NULL,
    sla_target           text,
    sla_state            text,
    sla_due_at           timestamptz,
    sla_breached_at      timestamptz,
    breached_date_key    integer REFERENCES dw.dim_date (date_key),
    closed_at            timestamptz,
    last_event_at        timestamptz NOT NULL,
    loaded_at            timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX fact_service_request_registered ON dw.fact_service_request (registered_date_key, priority);
CREATE INDEX fact_service_request_breached ON dw.fact_service_request (breached_date_key, priority)
    WHERE breached_date_key IS NOT NULL;
CREATE INDEX fact_service_request_customer ON dw.fact_service_request (customer_key);
