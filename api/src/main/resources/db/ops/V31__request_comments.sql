-- Comments on service requests: INTERNAL ones are for staff, CUSTOMER ones may be shown to the customer.
-- No foreign key to service_request: the comments feature knows requests only through their public API.

CREATE TABLE request_comment (
    id          uuid PRIMARY KEY,
    request_id  uuid        NOT NULL,
    visibility  text        NOT NULL CHECK (visibility IN ('INTERNAL', 'CUSTOMER')),
    text        text        NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    created_at  timestamptz NOT NULL,
    author      text        NOT NULL
);
CREATE INDEX request_comment_of_request ON request_comment (request_id, created_at, id);
