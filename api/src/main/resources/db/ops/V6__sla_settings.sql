-- Issue 3: the SLA policy and the business calendars (working hours with breaks and split shifts, Belarus holidays
-- and transferred working days), edited by administrators and published to the streams app and to batch.
CREATE TABLE sla_calendar (
    id          text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9-]{1,39}$'),
    definition  jsonb       NOT NULL,
    version     integer     NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text        NOT NULL
);

CREATE TABLE sla_policy (
    id          integer PRIMARY KEY CHECK (id = 1),
    definition  jsonb       NOT NULL,
    version     integer     NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text        NOT NULL
);
