-- Issue 3: the dispatcher's queue — a read model of every request, kept in step by the features' events in the
-- same transaction (and by the SLA events from the streams app), for full-text search, filters, sorting and export.

CREATE TABLE request_queue (
    request_id        uuid PRIMARY KEY REFERENCES service_request (id),
    number            text        NOT NULL,
    customer_id       uuid        NOT NULL,
    customer_name     text        NOT NULL,
    category          text        NOT NULL,
    device_type       text        NOT NULL,
    device_model      text        NOT NULL,
    priority          text        NOT NULL,
    status            text        NOT NULL,
    registered_at     timestamptz NOT NULL,
    status_changed_at timestamptz NOT NULL,
    departments       text[]      NOT NULL DEFAULT '{}',
    assignees         text[]      NOT NULL DEFAULT '{}',
    duplicate_state   text,
    sla_state         text,
    sla_due_at        timestamptz,
    -- The request's own words, rewritten on every change, and the words its tasks, comments and documents add.
    base_text         text        NOT NULL DEFAULT '',
    extra_text        text        NOT NULL DEFAULT '',
    search_vector     tsvector GENERATED ALWAYS AS (to_tsvector('russian', base_text || ' ' || extra_text)) STORED
);
CREATE INDEX request_queue_search ON request_queue USING gin (search_vector);
CREATE INDEX request_queue_registered ON request_queue (registered_at DESC, request_id DESC);
CREATE INDEX request_queue_status ON request_queue (status, priority);
CREATE INDEX request_queue_departments ON request_queue USING gin (departments);
CREATE INDEX request_queue_assignees ON request_queue USING gin (assignees);

INSERT INTO request_queue (request_id, number, customer_id, customer_name, category, device_type, device_model,
                           priority, status, registered_at, status_changed_at, duplicate_state, base_text)
SELECT id, number, customer_id, customer_name, category, device_type, device_model, priority, status, registered_at,
       status_changed_at, duplicate_state,
       concat_ws(' ', number, customer_name, unp, contact_phone, device_model, serial_number, problem_description)
  FROM service_request;

CREATE TABLE saved_filter (
    id         uuid PRIMARY KEY,
    username   text        NOT NULL,
    name       text        NOT NULL,
    filter     jsonb       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (username, name)
);
