-- Issue 4: live stock. The reorder point of an item in a warehouse is the low-stock threshold the streams compare
-- available stock with (typed by a person, or written by the reorder plan); every reconciliation of the ledger with
-- the streams' state is recorded with the differences it found.
CREATE TABLE stock_reorder_point (
    item_id       uuid          NOT NULL REFERENCES stock_item (id),
    warehouse_id  uuid          NOT NULL REFERENCES stock_warehouse (id),
    reorder_point numeric(14,3) NOT NULL CHECK (reorder_point >= 0),
    source        text          NOT NULL CHECK (source IN ('MANUAL', 'PLAN')),
    updated_by    text          NOT NULL,
    updated_at    timestamptz   NOT NULL,
    PRIMARY KEY (item_id, warehouse_id)
);
CREATE INDEX stock_reorder_point_warehouse ON stock_reorder_point (warehouse_id);

CREATE TABLE stock_reconciliation_run (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_at       timestamptz NOT NULL,
    trigger      text        NOT NULL CHECK (trigger IN ('SCHEDULE', 'API')),
    rows_checked integer     NOT NULL,
    difference_count integer NOT NULL,
    differences  jsonb       NOT NULL
);
CREATE INDEX stock_reconciliation_run_at ON stock_reconciliation_run (run_at DESC);
