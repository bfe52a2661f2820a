package dozor.procurement.plan.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.procurement.plan.PlanLine;
import dozor.procurement.plan.PlanRunView;

/** Tables {@code ops.procurement_plan_run} and {@code ops.procurement_plan_forecast} (V47), and what accuracy reads. */
@Repository
public class PlanRunRows {

    private final JdbcClient jdbc;

    PlanRunRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PlanRunView run, List<PlanLine> lines) {
        jdbc.sql("""
                INSERT INTO ops.procurement_plan_run (id, warehouse_id, run_at, history_weeks, trigger, actor, lines,
                    proposals)
                VALUES (:id, :w, :at, :weeks, :trigger, :actor, :lines, :proposals)
                """).param("id", run.id()).param("w", run.warehouseId()).param("at", Timestamp.from(run.runAt()))
                .param("weeks", run.historyWeeks()).param("trigger", run.trigger()).param("actor", run.actor())
                .param("lines", run.lines()).param("proposals", run.proposals()).update();
        for (PlanLine line : lines) {
            jdbc.sql("""
                    INSERT INTO ops.procurement_plan_forecast (run_id, item_id, warehouse_id, weekly_forecast,
                        weekly_std_dev, xyz_class, proposed_qty)
                    VALUES (:run, :item, :w, :forecast, :sigma, :xyz, :proposed)
                    """).param("run", run.id()).param("item", line.itemId()).param("w", line.warehouseId())
                    .param("forecast", line.weeklyForecast()).param("sigma", line.weeklyStdDev())
                    .param("xyz", line.xyzClass() == null ? null : line.xyzClass().name())
                    .param("proposed", line.proposedQuantity()).update();
        }
    }

    /** Planned against actual consumption of one item at one warehouse in one week. */
    public record WeekRow(LocalDate week, UUID itemId, String sku, String name, UUID warehouseId,
            String warehouseCode, BigDecimal planned, BigDecimal actual) {
    }

    /**
     * For each week (its Monday, Minsk) from {@code firstWeek} to {@code lastWeek} and each item × warehouse some
     * run had planned before the week began: the forecast of the latest such run, and what was consumed that week.
     */
    public List<WeekRow> plannedAndActual(LocalDate firstWeek, LocalDate lastWeek, UUID warehouseId) {
        return jdbc.sql("""
                WITH weeks AS (
                    SELECT CAST(w AS date) AS week FROM generate_series(CAST(:first AS date), CAST(:last AS date),
                        interval '7 days') AS w
                ), planned AS (
                    SELECT DISTINCT ON (wk.week, f.item_id, f.warehouse_id) wk.week, f.item_id, f.warehouse_id,
                           f.weekly_forecast
                      FROM weeks wk
                      JOIN ops.procurement_plan_run r ON r.run_at <= (CAST(wk.week AS timestamp) AT TIME ZONE 'Europe/Minsk')
                      JOIN ops.procurement_plan_forecast f ON f.run_id = r.id
                     WHERE CAST(:w AS uuid) IS NULL OR f.warehouse_id = :w
                     ORDER BY wk.week, f.item_id, f.warehouse_id, r.run_at DESC
                ), actual AS (
                    SELECT CAST(date_trunc('week', m.at AT TIME ZONE 'Europe/Minsk') AS date) AS week, m.item_id,
                           m.warehouse_id, sum(abs(m.quantity)) AS consumed
                      FROM ops.stock_movement m
                     WHERE m.kind IN ('ISSUE_TO_WORK', 'SHIPMENT', 'WRITE_OFF')
                       AND m.at >= (CAST(:first AS timestamp) AT TIME ZONE 'Europe/Minsk')
                       AND m.at < (CAST(:last AS timestamp) AT TIME ZONE 'Europe/Minsk') + interval '7 days'
                     GROUP BY 1, 2, 3
                )
                SELECT p.week, p.item_id, i.sku, i.name, p.warehouse_id, wh.code, p.weekly_forecast,
                       coalesce(a.consumed, 0) AS consumed
                  FROM planned p
                  JOIN ops.stock_item i ON i.id = p.item_id
                  JOIN ops.stock_warehouse wh ON wh.id = p.warehouse_id
                  LEFT JOIN actual a ON a.week = p.week AND a.item_id = p.item_id AND a.warehouse_id = p.warehouse_id
                 ORDER BY i.sku, wh.code, p.week
                """).param("first", java.sql.Date.valueOf(firstWeek)).param("last", java.sql.Date.valueOf(lastWeek))
                .param("w", warehouseId)
                .query((rs, row) -> new WeekRow(rs.getDate("week").toLocalDate(), rs.getObject("item_id", UUID.class),
                        rs.getString("sku"), rs.getString("name"), rs.getObject("warehouse_id", UUID.class),
                        rs.getString("code"), rs.getBigDecimal("weekly_forecast"), rs.getBigDecimal("consumed")))
                .list();
    }
}
