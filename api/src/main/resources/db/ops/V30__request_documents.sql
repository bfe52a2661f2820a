-- Files attached to service requests, and references to accounting documents kept elsewhere.
-- No foreign key to service_request: the documents feature knows requests only through their public API.

CREATE TABLE request_document (
    id            uuid PRIMARY KEY,
    request_id    uuid        NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('PHOTO', 'ACT', 'INVOICE', 'CONTRACT', 'WAYBILL', 'OTHER')),
    title         text        CHECK (length(title) BETWEEN 1 AND 200),
    file_name     text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    -- Sniffed from the bytes, never taken from the file name or the client's Content-Type.
    content_type  text        NOT NULL,
    size_bytes    bigint      NOT NULL CHECK (size_bytes > 0),
    sha256        text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    -- The PostgreSQL large object holding the bytes; unlinked (and NULL) once the document is deleted.
    content_oid   oid,
    uploaded_at   timestamptz NOT NULL,
    uploaded_by   text        NOT NULL,
    deleted_at    timestamptz,
    deleted_by    text,
    CHECK ((deleted_at IS NULL) = (content_oid IS NOT NULL)),
    CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);
CREATE INDEX request_document_of_request ON request_document (request_id, uploaded_at, id);
CREATE INDEX request_document_checksum ON request_document (request_id, sha256) WHERE deleted_at IS NULL;

-- A contract, invoice, act or waybill linked by its number; one link per (request, kind, reference),
-- references compared without regard to case.
CREATE TABLE request_document_link (
    id          uuid PRIMARY KEY,
    request_id  uuid        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('CONTRACT', 'INVOICE', 'ACT', 'WAYBILL')),
    reference   text        NOT NULL CHECK (length(reference) BETWEEN 1 AND 100),
    title       text        CHECK (length(title) BETWEEN 1 AND 200),
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL
);
CREATE UNIQUE INDEX request_document_link_unique ON request_document_link (request_id, kind, lower(reference));
CREATE INDEX request_document_link_of_request ON request_document_link (request_id, created_at, id);
