package dozor.procurement.plan.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.procurement.plan.DemandEntry;
import dozor.procurement.plan.DemandEntry.Source;

/** Open reservation shortfalls ({@code ops.stock_demand}) with what purchasing already requested for each. */
@Repository
public class DemandRows {

    private final JdbcClient jdbc;

    DemandRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DemandEntry> openShortfalls(UUID warehouseId, UUID requestId) {
        return jdbc.sql("""
                SELECT d.id, d.item_id, i.sku, i.name, d.warehouse_id, w.code, d.request_id, d.task_id, d.quantity,
                       d.created_at,
                       (SELECT coalesce(sum(l.quantity), 0) FROM ops.purchase_request_line l
                          JOIN ops.purchase_request r ON r.id = l.request_id
                         WHERE l.demand_id = d.id AND r.status NOT IN ('REJECTED', 'CANCELLED')) AS requested
                  FROM ops.stock_demand d
                  JOIN ops.stock_item i ON i.id = d.item_id
                  LEFT JOIN ops.stock_warehouse w ON w.id = d.warehouse_id
                 WHERE d.status = 'OPEN'
                   AND (CAST(:w AS uuid) IS NULL OR d.warehouse_id = :w)
                   AND (CAST(:r AS uuid) IS NULL OR d.request_id = :r)
                 ORDER BY w.code NULLS LAST, d.request_id NULLS LAST, i.sku, d.created_at
                """).param("w", warehouseId).param("r", requestId)
                .query((rs, row) -> new DemandEntry(Source.RESERVATION_SHORTFALL, rs.getObject("item_id", UUID.class),
                        rs.getString("sku"), rs.getString("name"), rs.getObject("warehouse_id", UUID.class),
                        rs.getString("code"), rs.getObject("request_id", UUID.class),
                        rs.getObject("task_id", UUID.class), rs.getObject("id", UUID.class), null,
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("requested"),
                        rs.getTimestamp("created_at").toInstant(), "Не хватило при резервировании под задачу"))
                .list();
    }
}
