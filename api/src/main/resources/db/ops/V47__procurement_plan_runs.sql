-- Issue 4: recorded runs of the reorder plan. Each run keeps its weekly forecast per item and warehouse, so plan
-- accuracy can later compare what was planned for a week with what was then consumed. Append-only facts: a run is
-- never changed, a new run supersedes it for the weeks after it.
CREATE TABLE procurement_plan_run (
    id            uuid PRIMARY KEY,
    warehouse_id  uuid REFERENCES stock_warehouse (id),   -- null: every warehouse
    run_at        timestamptz NOT NULL,
    history_weeks integer     NOT NULL CHECK (history_weeks > 0),
    trigger       text        NOT NULL CHECK (trigger IN ('MANUAL', 'SCHEDULED')),
    actor         text        NOT NULL,
    lines         integer     NOT NULL CHECK (lines >= 0),
    proposals     integer     NOT NULL CHECK (proposals >= 0)
);
CREATE INDEX procurement_plan_run_at ON procurement_plan_run (run_at);

CREATE TABLE procurement_plan_forecast (
    run_id          uuid          NOT NULL REFERENCES procurement_plan_run (id),
    item_id         uuid          NOT NULL REFERENCES stock_item (id),
    warehouse_id    uuid          NOT NULL REFERENCES stock_warehouse (id),
    weekly_forecast numeric(14,3) NOT NULL CHECK (weekly_forecast >= 0),
    weekly_std_dev  numeric(14,3) NOT NULL CHECK (weekly_std_dev >= 0),
    xyz_class       text CHECK (xyz_class IN ('X', 'Y', 'Z')),
    proposed_qty    numeric(14,3) NOT NULL CHECK (proposed_qty >= 0),
    PRIMARY KEY (run_id, item_id, warehouse_id)
);
CREATE INDEX procurement_plan_forecast_item ON procurement_plan_forecast (item_id, warehouse_id);
