-- Issue 4: the swap pool. While the customer's unit is repaired, a unit of the swap pool works in its place; the swap
-- is open until the repaired unit is on its way back and the swap unit is in the pool again.
CREATE TABLE swap (
    id                   uuid PRIMARY KEY,
    request_id           uuid        NOT NULL,
    swap_item_id         uuid        NOT NULL REFERENCES stock_item (id),
    swap_serial          text        NOT NULL,
    pool_warehouse_id    uuid        NOT NULL REFERENCES stock_warehouse (id),
    customer_item_id     uuid        NOT NULL REFERENCES stock_item (id),
    customer_serial      text        NOT NULL,
    repair_warehouse_id  uuid        NOT NULL REFERENCES stock_warehouse (id),
    address              text        NOT NULL,
    recipient            text,
    replacement_id       uuid        NOT NULL REFERENCES shipment (id),
    pickup_id            uuid        NOT NULL REFERENCES shipment (id),
    repaired_id          uuid REFERENCES shipment (id),
    pool_return_id       uuid REFERENCES shipment (id),
    status               text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opened_by            text        NOT NULL,
    opened_at            timestamptz NOT NULL,
    closed_at            timestamptz
);
CREATE INDEX swap_open ON swap (opened_at) WHERE status = 'OPEN';
-- one open swap per swap unit
CREATE UNIQUE INDEX swap_unit_open ON swap (swap_item_id, swap_serial) WHERE status = 'OPEN';
-- a swap's shipments are planned first (they name it), the swap row follows in the same transaction
ALTER TABLE shipment ADD CONSTRAINT shipment_swap FOREIGN KEY (swap_id) REFERENCES swap (id)
    DEFERRABLE INITIALLY DEFERRED;
