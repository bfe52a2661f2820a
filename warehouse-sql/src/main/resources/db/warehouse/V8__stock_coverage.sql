-- Issue 4: stock coverage against the brief's goal — stock kept within 2–4 weeks of demand. Per item (all
-- warehouses together): on hand over the mean weekly consumption of the 13 full weeks before the current week
-- (mart.stock_abc_xyz). The plan's target by the computed ABC class is A 2, B 3, C 4 weeks (the procurement
-- defaults); an item is within the goal when its coverage is between 2 and 4 weeks. Items never consumed have no
-- coverage and are left out of the share.
CREATE VIEW mart.stock_coverage AS
SELECT a.item_id,
       a.sku,
       a.item_name,
       a.abc_class,
       a.xyz_class,
       coalesce(b.on_hand, 0)                                       AS on_hand,
       coalesce(b.value, 0)                                         AS value,
       round(a.consumed_quantity / 13.0, 3)                         AS mean_weekly,
       CASE WHEN a.consumed_quantity > 0
            THEN round(coalesce(b.on_hand, 0) / (a.consumed_quantity / 13.0), 2) END AS coverage_weeks,
       CASE a.abc_class WHEN 'A' THEN 2 WHEN 'B' THEN 3 ELSE 4 END AS target_weeks,
       CASE WHEN a.consumed_quantity <= 0 THEN 'нет спроса'
            WHEN coalesce(b.on_hand, 0) / (a.consumed_quantity / 13.0) < 2 THEN 'меньше 2 недель'
            WHEN coalesce(b.on_hand, 0) / (a.consumed_quantity / 13.0) <= 4 THEN '2–4 недели'
            ELSE 'больше 4 недель' END                               AS coverage_band,
       CASE WHEN a.consumed_quantity > 0
            THEN coalesce(b.on_hand, 0) / (a.consumed_quantity / 13.0) BETWEEN 2 AND 4 END AS within_goal
  FROM mart.stock_abc_xyz a
  LEFT JOIN (SELECT item_id, sum(on_hand) AS on_hand, sum(value) AS value
               FROM mart.stock_balance GROUP BY item_id) b ON b.item_id = a.item_id;
