-- Notifications (feature dozor.notifications): one notice per recipient, and its deliveries to external channels.

-- A notice as one recipient sees it. The idempotency key is unique per recipient, so an event delivered twice
-- (Kafka is at-least-once) still makes one notice. in_app is false when the recipient turned the in-app feed
-- off for this type: the row still exists, because the external deliveries hang off it.
CREATE TABLE notice (
    id               uuid PRIMARY KEY,
    recipient_id     uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    recipient_locale text        NOT NULL DEFAULT 'ru' CHECK (recipient_locale IN ('ru', 'en')),
    type             text        NOT NULL,
    idempotency_key  text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    title_ru         text        NOT NULL,
    text_ru          text        NOT NULL,
    title_en         text,
    text_en          text,
    link             text        CHECK (link LIKE '/%'),
    entity_type      text,
    entity_id        text,
    in_app           boolean     NOT NULL,
    created_at       timestamptz NOT NULL,
    read_at          timestamptz,
    UNIQUE (recipient_id, idempotency_key)
);
CREATE INDEX notice_feed ON notice (recipient_id, created_at DESC, id DESC) WHERE in_app;
CREATE INDEX notice_unread ON notice (recipient_id) WHERE in_app AND read_at IS NULL;

-- One row per notice and external channel. PENDING: not tried yet; FAILED: tried, will be retried at
-- next_attempt_at; SENT; DEAD: given up (attempts exhausted or a permanent refusal). A worker claims a due row
-- by moving next_attempt_at forward (a lease) under FOR UPDATE SKIP LOCKED, so several api instances never send
-- the same row at once and a crashed worker's row becomes due again when the lease ends.
CREATE TABLE notice_delivery (
    id               bigserial PRIMARY KEY,
    notice_id        uuid        NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    channel          text        NOT NULL CHECK (channel IN ('EMAIL', 'TELEGRAM', 'SLACK', 'TEAMS')),
    status           text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'DEAD')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    last_error       text,
    sent_at          timestamptz,
    created_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (notice_id, channel)
);
CREATE INDEX notice_delivery_due ON notice_delivery (next_attempt_at) WHERE status IN ('PENDING', 'FAILED');
