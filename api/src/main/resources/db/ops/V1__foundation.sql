-- Operational schema `ops`: owned by the api. Flyway creates the schema (spring.flyway.schemas=ops).

CREATE TABLE app_user (
    id             uuid PRIMARY KEY,
    username       text        NOT NULL UNIQUE,
    display_name   text        NOT NULL,
    password_hash  text        NOT NULL,
    locale         text        NOT NULL DEFAULT 'ru' CHECK (locale IN ('ru', 'en')),
    enabled        boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_user_role (
    user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    text NOT NULL CHECK (role IN ('ADMIN', 'DISPATCHER', 'ENGINEER', 'WAREHOUSE', 'LOGISTICS', 'PROCUREMENT',
                                          'ACCOUNTANT', 'MANAGER', 'ANALYST')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE service_request (
    id                  uuid PRIMARY KEY,
    number              text        NOT NULL UNIQUE,
    customer_name       text        NOT NULL CHECK (length(customer_name) BETWEEN 1 AND 200),
    unp                 text        CHECK (unp ~ '^[0-9A-Z]{9}$'),
    contact_phone       text        NOT NULL CHECK (contact_phone ~ '^\+[1-9][0-9]{6,14}$'),
    device_model        text        NOT NULL,
    serial_number       text,
    problem_description text        NOT NULL,
    priority            text        NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
    status              text        NOT NULL DEFAULT 'NEW',
    registered_at       timestamptz NOT NULL,
    registered_by       text        NOT NULL,
    version             integer     NOT NULL DEFAULT 0
);
CREATE INDEX service_request_newest ON service_request (registered_at DESC, id DESC);

-- Events waiting for, or already given to, Kafka. The relay selects by published_at IS NULL (never by an id
-- watermark, which would skip rows whose transactions commit out of id order).
CREATE TABLE outbox (
    id            bigserial PRIMARY KEY,
    event_id      uuid        NOT NULL UNIQUE,
    aggregate_id  text        NOT NULL,
    event_type    text        NOT NULL,
    topic         text        NOT NULL,
    payload       jsonb       NOT NULL,
    occurred_at   timestamptz NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    published_at  timestamptz
);
CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;

CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor        text        NOT NULL,
    action       text        NOT NULL,
    entity_type  text        NOT NULL,
    entity_id    text        NOT NULL,
    before       jsonb,
    after        jsonb
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id);

CREATE TABLE app_setting (
    key        text PRIMARY KEY,
    value      text        NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Human request numbers restart every (Minsk) year: one sequence per year, created on first use.
-- Sequences are not transactional, so concurrent registrations never wait on each other here.
CREATE FUNCTION next_request_number(p_year integer) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    seq text := format('ops.request_number_%s', p_year);
BEGIN
    IF to_regclass(seq) IS NULL THEN
        BEGIN
            EXECUTE format('CREATE SEQUENCE %s', seq);
        EXCEPTION WHEN duplicate_table OR unique_violation THEN
            NULL; -- another transaction created it first
        END;
    END IF;
    RETURN nextval(seq);
END $$;
