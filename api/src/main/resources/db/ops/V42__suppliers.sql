-- Issue 4: the supplier catalogue, shared by the reorder plan and by purchasing.
-- A supplier sells items (its price, currency, lead time, minimum order and pack size per item) under contracts
-- (validity, payment and warranty terms). The item's preferred supplier stays stock_item.supplier_id, now a
-- real reference.
CREATE TABLE supplier (
    id             uuid PRIMARY KEY,
    code           text        NOT NULL UNIQUE,
    name           text        NOT NULL,
    unp            text,       -- Belarusian taxpayer number, check digit verified by the API; null for foreign suppliers
    country        text        NOT NULL DEFAULT 'BY',
    currency       text        NOT NULL DEFAULT 'BYN' CHECK (currency ~ '^[A-Z]{3}$'),
    email          text,
    phone          text,
    active         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL,
    version        integer     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX supplier_unp ON supplier (unp) WHERE unp IS NOT NULL;
CREATE INDEX supplier_name ON supplier (lower(name));

CREATE TABLE supplier_item (
    supplier_id    uuid          NOT NULL REFERENCES supplier (id),
    item_id        uuid          NOT NULL REFERENCES stock_item (id),
    supplier_sku   text,
    price          numeric(16,4) NOT NULL CHECK (price >= 0),
    currency       text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    lead_time_days integer       NOT NULL CHECK (lead_time_days >= 0),
    min_order_qty  numeric(14,3) NOT NULL DEFAULT 1 CHECK (min_order_qty > 0),
    pack_size      numeric(14,3) NOT NULL DEFAULT 1 CHECK (pack_size > 0),
    updated_at     timestamptz   NOT NULL,
    PRIMARY KEY (supplier_id, item_id)
);
CREATE INDEX supplier_item_item ON supplier_item (item_id);

CREATE TABLE supplier_contract (
    id                 uuid PRIMARY KEY,
    supplier_id        uuid        NOT NULL REFERENCES supplier (id),
    number             text        NOT NULL,
    valid_from         date        NOT NULL,
    valid_to           date,
    payment_terms_days integer     NOT NULL DEFAULT 0 CHECK (payment_terms_days >= 0),
    warranty_months    integer     NOT NULL DEFAULT 0 CHECK (warranty_months >= 0),
    currency           text        NOT NULL DEFAULT 'BYN' CHECK (currency ~ '^[A-Z]{3}$'),
    note               text,
    created_at         timestamptz NOT NULL,
    UNIQUE (supplier_id, number),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

ALTER TABLE stock_item ADD CONSTRAINT stock_item_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id);
