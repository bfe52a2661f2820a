-- Issue 3: a one-time customer survey per closed request (CSAT 1-5, NPS 0-10, comment).
CREATE TABLE survey (
    request_id  uuid PRIMARY KEY REFERENCES service_request (id),
    token_hash  text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    answered_at timestamptz,
    csat        smallint CHECK (csat BETWEEN 1 AND 5),
    nps         smallint CHECK (nps BETWEEN 0 AND 10),
    comment     text
);
