-- Issue 4: stock in the star schema. Items and warehouses come from the compacted reference topic
-- (StockItemPublished, WarehousePublished), movements from the stock ledger's StockMovementRecorded events.
-- Facts carry the business ids (not surrogate keys): a movement may land before its item's reference record, and
-- the views join the dimensions when they are there.
CREATE TABLE dw.dim_item (
    item_key       bigserial PRIMARY KEY,
    item_id        uuid        NOT NULL UNIQUE,
    sku            text        NOT NULL,
    name           text        NOT NULL,
    category       text        NOT NULL,
    unit           text        NOT NULL,
    serial_tracked boolean     NOT NULL,
    abc_class      text,       -- the class set in the catalogue (operational); mart.stock_abc_xyz computes its own
    supplier_id    uuid,
    updated_at     timestamptz NOT NULL
);

CREATE TABLE dw.dim_warehouse (
    warehouse_key bigserial PRIMARY KEY,
    warehouse_id  uuid        NOT NULL UNIQUE,
    code          text        NOT NULL,
    name          text        NOT NULL,
    kind          text        NOT NULL,
    region        text,
    updated_at    timestamptz NOT NULL
);

CREATE TABLE dw.fact_stock_movement (
    movement_id        uuid PRIMARY KEY,
    item_id            uuid          NOT NULL,
    warehouse_id       uuid          NOT NULL,
    date_key           integer       NOT NULL REFERENCES dw.dim_date (date_key),
    moved_at           timestamptz   NOT NULL,
    kind               text          NOT NULL,
    quantity           numeric(14,3) NOT NULL,   -- signed: positive in, negative out
    unit_cost          numeric(16,4) NOT NULL,
    value              numeric(18,2) NOT NULL,   -- quantity × unit cost, BYN, signed
    on_hand_after      numeric(14,3) NOT NULL,
    average_cost_after numeric(16,4) NOT NULL,
    serial             text,
    request_id         uuid,
    task_id            uuid,
    loaded_at          timestamptz   NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX fact_stock_movement_item ON dw.fact_stock_movement (item_id, warehouse_id, moved_at);
CREATE INDEX fact_stock_movement_date ON dw.fact_stock_movement (date_key, kind);

-- Movements per day, item, warehouse and kind.
CREATE VIEW mart.stock_movements_daily AS
SELECT d.full_date                              AS day,
       f.item_id,
       coalesce(i.sku, f.item_id::text)         AS sku,
       coalesce(i.name, 'неизвестная позиция')  AS item_name,
       f.warehouse_id,
       coalesce(w.name, f.warehouse_id::text)   AS warehouse_name,
       f.kind,
       count(*)::integer                        AS movements,
       sum(f.quantity)                          AS quantity,
       sum(f.value)                             AS value
  FROM dw.fact_stock_movement f
  JOIN dw.dim_date d ON d.date_key = f.date_key
  LEFT JOIN dw.dim_item i ON i.item_id = f.item_id
  LEFT JOIN dw.dim_warehouse w ON w.warehouse_id = f.warehouse_id
 GROUP BY d.full_date, f.item_id, i.sku, i.name, f.warehouse_id, w.name, f.kind;

-- Stock per item and warehouse as of the last landed movement: on hand = Σ movements, valued at the latest moving
-- average cost.
CREATE VIEW mart.stock_balance AS
SELECT s.item_id,
       coalesce(i.sku, s.item_id::text)        AS sku,
       coalesce(i.name, 'неизвестная позиция') AS item_name,
       i.category,
       i.abc_class                              AS abc_class_set,
       s.warehouse_id,
       coalesce(w.name, s.warehouse_id::text)  AS warehouse_name,
       w.kind                                   AS warehouse_kind,
       s.on_hand,
       s.average_cost,
       round(s.on_hand * s.average_cost, 2)     AS value,
       s.last_moved_at
  FROM (SELECT f.item_id, f.warehouse_id, sum(f.quantity) AS on_hand,
               (array_agg(f.average_cost_after ORDER BY f.moved_at DESC, f.on_hand_after))[1] AS average_cost,
               max(f.moved_at) AS last_moved_at
          FROM dw.fact_stock_movement f
         GROUP BY f.item_id, f.warehouse_id) s
  LEFT JOIN dw.dim_item i ON i.item_id = s.item_id
  LEFT JOIN dw.dim_warehouse w ON w.warehouse_id = s.warehouse_id;

-- Consumption (issues to work, shipments to customers, write-offs; returns are not netted) per item and ISO week.
CREATE VIEW mart.stock_consumption_weekly AS
SELECT f.item_id,
       coalesce(i.sku, f.item_id::text)               AS sku,
       coalesce(i.name, 'неизвестная позиция')        AS item_name,
       date_trunc('week', f.moved_at AT TIME ZONE 'Europe/Minsk')::date AS week_start,
       -sum(f.quantity)                               AS quantity,
       -sum(f.value)                                  AS value
  FROM dw.fact_stock_movement f
  LEFT JOIN dw.dim_item i ON i.item_id = f.item_id
 WHERE f.kind IN ('ISSUE_TO_WORK', 'SHIPMENT', 'WRITE_OFF')
 GROUP BY f.item_id, i.sku, i.name, week_start;

-- ABC/XYZ analysis over the last 13 full weeks (91 days) before the current Minsk week:
--   ABC by consumption value: items sorted by value; an item is A when the items before it make less than 80 % of
--   the total (so the top item is always A), B when they make less than 95 %, C after that; no consumption → C.
--   XYZ by the coefficient of variation of weekly consumed quantity over the 13 weeks (weeks without consumption
--   count as 0): X ≤ 0.25 < Y ≤ 0.5 < Z; no consumption at all → Z.
CREATE VIEW mart.stock_abc_xyz AS
WITH weeks AS (
    SELECT generate_series(date_trunc('week', now() AT TIME ZONE 'Europe/Minsk')::date - 91,
                           date_trunc('week', now() AT TIME ZONE 'Europe/Minsk')::date - 7,
                           INTERVAL '7 days')::date AS week_start
), items AS (
    SELECT item_id, sku, name FROM dw.dim_item
    UNION
    SELECT DISTINCT f.item_id, f.item_id::text, 'неизвестная позиция' FROM dw.fact_stock_movement f
     WHERE NOT EXISTS (SELECT 1 FROM dw.dim_item i WHERE i.item_id = f.item_id)
), weekly AS (
    SELECT it.item_id, w.week_start, coalesce(c.quantity, 0) AS quantity, coalesce(c.value, 0) AS value
      FROM items it CROSS JOIN weeks w
      LEFT JOIN mart.stock_consumption_weekly c ON c.item_id = it.item_id AND c.week_start = w.week_start
), per_item AS (
    SELECT it.item_id, it.sku, it.name,
           sum(wk.quantity) AS quantity, sum(wk.value) AS value,
           avg(wk.quantity) AS mean_weekly, stddev_pop(wk.quantity) AS sd_weekly
      FROM items it JOIN weekly wk ON wk.item_id = it.item_id
     GROUP BY it.item_id, it.sku, it.name
), ranked AS (
    SELECT p.*,
           sum(p.value) OVER () AS total_value,
           sum(p.value) OVER (ORDER BY p.value DESC, p.sku ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
               AS cumulative_value
      FROM per_item p
)
SELECT item_id, sku, name AS item_name,
       quantity AS consumed_quantity,
       round(value, 2) AS consumed_value,
       CASE WHEN total_value > 0 THEN round(100 * value / total_value, 2) ELSE 0 END AS value_share_percent,
       CASE WHEN total_value > 0 THEN round(100 * cumulative_value / total_value, 2) ELSE 0 END
           AS cumulative_share_percent,
       CASE WHEN value <= 0 OR total_value <= 0 THEN 'C'
            WHEN cumulative_value - value < 0.80 * total_value THEN 'A'
            WHEN cumulative_value - value < 0.95 * total_value THEN 'B'
            ELSE 'C' END AS abc_class,
       CASE WHEN mean_weekly > 0 THEN round(sd_weekly / mean_weekly, 3) END AS variation,
       CASE WHEN mean_weekly <= 0 THEN 'Z'
            WHEN sd_weekly / mean_weekly <= 0.25 THEN 'X'
            WHEN sd_weekly / mean_weekly <= 0.50 THEN 'Y'
            ELSE 'Z' END AS xyz_class
  FROM ranked;
