-- Issue 3: one customer record per counterparty, classified requests, a lifecycle with recorded intervals,
-- probable-duplicate flags.

-- pg_trgm is a trusted extension: the database owner may create it. It gives description similarity.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ops;

CREATE TABLE counterparty (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    unp         text        UNIQUE CHECK (unp ~ '^[0-9A-Z]{9}$'),
    phone       text        CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    email       text        CHECK (email = lower(email)),
    kind        text        NOT NULL CHECK (kind IN ('ORGANISATION', 'PERSON')),
    tier        text        NOT NULL DEFAULT 'STANDARD' CHECK (tier IN ('STANDARD', 'SILVER', 'GOLD', 'PLATINUM')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
-- Without an УНП a counterparty is identified by its phone or its e-mail.
CREATE UNIQUE INDEX counterparty_phone ON counterparty (phone) WHERE unp IS NULL AND phone IS NOT NULL;
CREATE UNIQUE INDEX counterparty_email ON counterparty (email) WHERE unp IS NULL AND email IS NOT NULL;
CREATE INDEX counterparty_name ON counterparty USING gin (lower(name) gin_trgm_ops);

ALTER TABLE service_request
    ADD COLUMN customer_id        uuid REFERENCES counterparty (id),
    ADD COLUMN contact_email      text,
    ADD COLUMN category           text,
    ADD COLUMN device_type        text,
    ADD COLUMN region             text,
    ADD COLUMN priority_source    text NOT NULL DEFAULT 'MANUAL' CHECK (priority_source IN ('MANUAL', 'RULES', 'OVERRIDE')),
    ADD COLUMN priority_reason    text,
    ADD COLUMN channel            text NOT NULL DEFAULT 'API' CHECK (channel IN ('WEB', 'API', 'CRM', 'IMPORT', 'DEMO')),
    ADD COLUMN external_source    text,
    ADD COLUMN external_id        text,
    ADD COLUMN duplicate_of       uuid REFERENCES service_request (id),
    ADD COLUMN duplicate_state    text CHECK (duplicate_state IN ('SUSPECTED', 'MERGED', 'DISMISSED')),
    ADD COLUMN status_changed_at  timestamptz;
CREATE UNIQUE INDEX service_request_external ON service_request (external_source, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX service_request_serial_open ON service_request (upper(serial_number))
    WHERE serial_number IS NOT NULL AND status NOT IN ('CLOSED', 'CANCELLED');
CREATE INDEX service_request_customer ON service_request (customer_id, registered_at);

-- Existing requests get their counterparties: by УНП, else by phone.
INSERT INTO counterparty (id, name, unp, phone, kind, created_at)
SELECT DISTINCT ON (coalesce(unp, contact_phone)) gen_random_uuid(), customer_name, unp,
       CASE WHEN unp IS NULL THEN contact_phone END,
       CASE WHEN unp IS NULL THEN 'PERSON' ELSE 'ORGANISATION' END, registered_at
  FROM service_request ORDER BY coalesce(unp, contact_phone), registered_at;
UPDATE service_request r SET customer_id = c.id
  FROM counterparty c WHERE (r.unp IS NOT NULL AND c.unp = r.unp) OR (r.unp IS NULL AND c.unp IS NULL AND c.phone = r.contact_phone);
UPDATE service_request SET category = 'PAID_REPAIR' WHERE category IS NULL;
UPDATE service_request SET device_type = 'OTHER' WHERE device_type IS NULL;
UPDATE service_request SET status_changed_at = registered_at WHERE status_changed_at IS NULL;
ALTER TABLE service_request
    ALTER COLUMN customer_id SET NOT NULL,
    ALTER COLUMN category SET NOT NULL,
    ALTER COLUMN device_type SET NOT NULL,
    ALTER COLUMN status_changed_at SET NOT NULL,
    ADD CONSTRAINT service_request_category CHECK (category IN ('WARRANTY_REPAIR', 'PAID_REPAIR', 'INSTALLATION',
        'REPLACEMENT', 'CONSULTATION', 'EQUIPMENT_ORDER')),
    ADD CONSTRAINT service_request_device_type CHECK (device_type IN ('VEHICLE_DVR', 'CCTV_NVR', 'CCTV_DVR',
        'CAMERA', 'STORAGE', 'OTHER')),
    ADD CONSTRAINT service_request_status CHECK (status IN ('NEW', 'TRIAGED', 'IN_PROGRESS', 'AWAITING_PARTS',
        'AWAITING_CUSTOMER', 'READY', 'SHIPPED', 'CLOSED', 'CANCELLED', 'REOPENED'));
CREATE INDEX service_request_description_trgm ON service_request USING gin (problem_description gin_trgm_ops);

-- Every interval a request spends in a status: the analytics of processing time need them.
CREATE TABLE request_status_interval (
    id          bigserial PRIMARY KEY,
    request_id  uuid        NOT NULL REFERENCES service_request (id),
    status      text        NOT NULL,
    entered_at  timestamptz NOT NULL,
    left_at     timestamptz,
    entered_by  text        NOT NULL,
    action      text        NOT NULL,
    reason      text
);
CREATE UNIQUE INDEX request_status_interval_open ON request_status_interval (request_id) WHERE left_at IS NULL;
INSERT INTO request_status_interval (request_id, status, entered_at, entered_by, action)
SELECT id, status, registered_at, registered_by, 'REGISTER' FROM service_request;

-- Priority rules: every matching rule proposes a priority; the most urgent proposal wins; none matching → P3.
CREATE TABLE priority_rule (
    id          uuid PRIMARY KEY,
    kind        text    NOT NULL CHECK (kind IN ('TIER', 'CATEGORY', 'KEYWORD', 'DEVICE_TYPE')),
    match       text    NOT NULL,
    priority    text    NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
    description text    NOT NULL,
    active      boolean NOT NULL DEFAULT true
);
INSERT INTO priority_rule (id, kind, match, priority, description) VALUES
    (gen_random_uuid(), 'TIER', 'PLATINUM', 'P1', 'Клиент с договором уровня «Платина»'),
    (gen_random_uuid(), 'TIER', 'GOLD', 'P2', 'Клиент с договором уровня «Золото»'),
    (gen_random_uuid(), 'KEYWORD', 'ограблен|краж|пожар|дтп|полици', 'P1', 'Нужна запись для полиции или страховой'),
    (gen_random_uuid(), 'KEYWORD', 'не пишет|нет изображения|не работает|не включается|срочно|авари', 'P2',
        'Система видеонаблюдения не работает'),
    (gen_random_uuid(), 'CATEGORY', 'WARRANTY_REPAIR', 'P3', 'Гарантийный ремонт'),
    (gen_random_uuid(), 'CATEGORY', 'CONSULTATION', 'P4', 'Консультация'),
    (gen_random_uuid(), 'CATEGORY', 'EQUIPMENT_ORDER', 'P4', 'Заказ оборудования');
