-- Issue 4: inventory counts. A count sheet lists the book quantity of each item in one warehouse when it was
-- opened; the warehouse enters what it counted; posting turns each difference into an inventory adjustment of the
-- stock ledger (ADJUSTMENT_SURPLUS / ADJUSTMENT_SHORTAGE), in one transaction with the sheet's status.
CREATE TABLE stock_count (
    id           uuid PRIMARY KEY,
    warehouse_id uuid        NOT NULL REFERENCES stock_warehouse (id),
    status       text        NOT NULL CHECK (status IN ('OPEN', 'POSTED', 'CANCELLED')),
    note         text,
    opened_at    timestamptz NOT NULL,
    opened_by    text        NOT NULL,
    closed_at    timestamptz,
    closed_by    text
);
CREATE INDEX stock_count_warehouse ON stock_count (warehouse_id, opened_at DESC);

CREATE TABLE stock_count_line (
    count_id    uuid          NOT NULL REFERENCES stock_count (id),
    item_id     uuid          NOT NULL REFERENCES stock_item (id),
    expected    numeric(14,3) NOT NULL,
    counted     numeric(14,3) CHECK (counted >= 0),
    movement_id uuid,
    PRIMARY KEY (count_id, item_id)
);
