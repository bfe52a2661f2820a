-- Issue 4 (warehouse), first slice: the catalogue, warehouses, the append-only stock ledger with a balance per
-- item and warehouse kept in the same transaction, serial units, transfers in transit, reservations and demand.
-- On hand is the sum of the ledger; the balance row is its running total, locked (SELECT ... FOR UPDATE) by every
-- change, and the CHECK constraints below are the last line of defence against negative stock.

CREATE TABLE stock_item (
    id             uuid PRIMARY KEY,
    sku            text        NOT NULL UNIQUE,
    name           text        NOT NULL,
    category       text        NOT NULL CHECK (category IN ('SPARE_PART', 'EQUIPMENT', 'CONSUMABLE', 'TOOL')),
    unit           text        NOT NULL CHECK (unit IN ('PCS', 'SET', 'M', 'L', 'KG')),
    serial_tracked boolean     NOT NULL,
    abc_class      text CHECK (abc_class IN ('A', 'B', 'C')),
    supplier_id    uuid,       -- suppliers come with procurement; a plain reference until then
    created_at     timestamptz NOT NULL,
    version        integer     NOT NULL DEFAULT 0,
    CHECK (NOT serial_tracked OR unit = 'PCS')
);
CREATE INDEX stock_item_name ON stock_item (lower(name));

CREATE TABLE stock_warehouse (
    id         uuid PRIMARY KEY,
    code       text        NOT NULL UNIQUE,
    name       text        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('CENTRAL', 'REGIONAL', 'REPAIR_LINE', 'VAN', 'SWAP_POOL')),
    region     text,
    holder     text,       -- the engineer whose van it is
    created_at timestamptz NOT NULL
);

CREATE TABLE stock_balance (
    item_id      uuid          NOT NULL REFERENCES stock_item (id),
    warehouse_id uuid          NOT NULL REFERENCES stock_warehouse (id),
    on_hand      numeric(14,3) NOT NULL DEFAULT 0,
    reserved     numeric(14,3) NOT NULL DEFAULT 0,
    average_cost numeric(16,4) NOT NULL DEFAULT 0,
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (item_id, warehouse_id),
    CONSTRAINT stock_balance_not_negative CHECK (on_hand >= 0 AND reserved >= 0 AND average_cost >= 0),
    CONSTRAINT stock_balance_reserved_on_hand CHECK (reserved <= on_hand)
);
CREATE INDEX stock_balance_warehouse ON stock_balance (warehouse_id);

CREATE TABLE stock_transfer (
    id                uuid PRIMARY KEY,
    item_id           uuid          NOT NULL REFERENCES stock_item (id),
    from_warehouse_id uuid          NOT NULL REFERENCES stock_warehouse (id),
    to_warehouse_id   uuid          NOT NULL REFERENCES stock_warehouse (id),
    quantity          numeric(14,3) NOT NULL CHECK (quantity > 0),
    serial            text,
    unit_cost         numeric(16,4) NOT NULL,
    status            text          NOT NULL CHECK (status IN ('IN_TRANSIT', 'RECEIVED')),
    dispatched_at     timestamptz   NOT NULL,
    dispatched_by     text          NOT NULL,
    received_at       timestamptz,
    received_by       text,
    CHECK (from_warehouse_id <> to_warehouse_id)
);
CREATE INDEX stock_transfer_open ON stock_transfer (to_warehouse_id) WHERE status = 'IN_TRANSIT';

-- Append-only: nothing updates or deletes a movement; corrections are new movements.
CREATE TABLE stock_movement (
    id            uuid PRIMARY KEY,
    seq           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    item_id       uuid          NOT NULL REFERENCES stock_item (id),
    warehouse_id  uuid          NOT NULL REFERENCES stock_warehouse (id),
    kind          text          NOT NULL CHECK (kind IN ('RECEIPT', 'ISSUE_TO_WORK', 'RETURN_FROM_WORK', 'TRANSFER_OUT',
                      'TRANSFER_IN', 'WRITE_OFF', 'ADJUSTMENT_SURPLUS', 'ADJUSTMENT_SHORTAGE', 'SHIPMENT',
                      'RETURN_FROM_CUSTOMER')),
    quantity      numeric(14,3) NOT NULL CHECK (quantity <> 0),
    unit_cost     numeric(16,4) NOT NULL CHECK (unit_cost >= 0),
    on_hand_after numeric(14,3) NOT NULL CHECK (on_hand_after >= 0),
    average_cost_after numeric(16,4) NOT NULL,
    serial        text,
    request_id    uuid,
    task_id       uuid,
    transfer_id   uuid REFERENCES stock_transfer (id) DEFERRABLE INITIALLY DEFERRED,
    reason        text,
    actor         text          NOT NULL,
    at            timestamptz   NOT NULL
);
CREATE INDEX stock_movement_item ON stock_movement (item_id, warehouse_id, seq);
CREATE INDEX stock_movement_serial ON stock_movement (item_id, serial, seq) WHERE serial IS NOT NULL;
CREATE INDEX stock_movement_request ON stock_movement (request_id) WHERE request_id IS NOT NULL;

CREATE FUNCTION stock_movement_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stock_movement is append-only';
END $$;
CREATE TRIGGER stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement
    FOR EACH ROW EXECUTE FUNCTION stock_movement_append_only();

-- Where each serial-tracked unit is now; its history is its movements. NEW is a unit being received for the first
-- time, inside that transaction only: the row exists to be locked, so two receipts of one serial are serialised.
CREATE TABLE stock_serial_unit (
    item_id      uuid        NOT NULL REFERENCES stock_item (id),
    serial       text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('NEW', 'IN_STOCK', 'IN_TRANSIT', 'IN_WORK',
                     'WITH_CUSTOMER', 'WRITTEN_OFF')),
    warehouse_id uuid REFERENCES stock_warehouse (id),
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (item_id, serial),
    CHECK ((status = 'IN_STOCK') = (warehouse_id IS NOT NULL))
);

CREATE TABLE stock_reservation (
    id           uuid PRIMARY KEY,
    item_id      uuid          NOT NULL REFERENCES stock_item (id),
    warehouse_id uuid          NOT NULL REFERENCES stock_warehouse (id),
    quantity     numeric(14,3) NOT NULL CHECK (quantity > 0),
    request_id   uuid,
    task_id      uuid,
    status       text          NOT NULL CHECK (status IN ('ACTIVE', 'ISSUED', 'RELEASED')),
    created_by   text          NOT NULL,
    created_at   timestamptz   NOT NULL,
    closed_by    text,
    closed_at    timestamptz
);
CREATE INDEX stock_reservation_active ON stock_reservation (item_id, warehouse_id) WHERE status = 'ACTIVE';
CREATE INDEX stock_reservation_request ON stock_reservation (request_id);

-- What a task needs and the stock could not give: procurement's input (a purchase request comes later).
CREATE TABLE stock_demand (
    id           uuid PRIMARY KEY,
    item_id      uuid          NOT NULL REFERENCES stock_item (id),
    warehouse_id uuid REFERENCES stock_warehouse (id),
    quantity     numeric(14,3) NOT NULL CHECK (quantity > 0),
    request_id   uuid,
    task_id      uuid,
    status       text          NOT NULL CHECK (status IN ('OPEN', 'COVERED', 'CANCELLED')),
    created_by   text          NOT NULL,
    created_at   timestamptz   NOT NULL
);
CREATE INDEX stock_demand_open ON stock_demand (item_id) WHERE status = 'OPEN';
