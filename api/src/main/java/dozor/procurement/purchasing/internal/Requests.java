package dozor.procurement.purchasing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.procurement.purchasing.PurchaseRequestView;

/** Tables {@code ops.purchase_request} and {@code ops.purchase_request_line}. */
@Repository
public class Requests {

    private final JdbcClient jdbc;

    Requests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PurchaseRequestView r) {
        jdbc.sql("""
                INSERT INTO ops.purchase_request (id, number, warehouse_id, status, amount, reason, created_by,
                    created_at)
                VALUES (:id, :number, :warehouse, :status, :amount, :reason, :by, :at)""").param("id", r.id())
                .param("number", r.number()).param("warehouse", r.warehouseId()).param("status", r.status())
                .param("amount", r.amount()).param("reason", r.reason()).param("by", r.createdBy())
                .param("at", Timestamp.from(r.createdAt())).update();
        for (PurchaseRequestView.Line l : r.lines()) {
            jdbc.sql("""
                    INSERT INTO ops.purchase_request_line (id, request_id, item_id, quantity, estimated_price,
                        supplier_id, demand_id, plan_line_key, original_price, original_currency)
                    VALUES (:id, :request, :item, :quantity, :price, :supplier, :demand, :plan, :originalPrice,
                        :originalCurrency)""").param("id", l.id())
                    .param("plan", l.planLineKey()).param("originalPrice", l.originalPrice())
                    .param("originalCurrency", l.originalCurrency())
                    .param("request", r.id()).param("item", l.itemId()).param("quantity", l.quantity())
                    .param("price", l.estimatedPrice()).param("supplier", l.supplierId()).param("demand", l.demandId())
                    .update();
        }
    }

    /** The request with its lines, the request row locked until the transaction ends. */
    public Optional<PurchaseRequestView> lock(UUID id) {
        return find(id, " FOR UPDATE");
    }

    public Optional<PurchaseRequestView> find(UUID id) {
        return find(id, "");
    }

    private Optional<PurchaseRequestView> find(UUID id, String lock) {
        return jdbc.sql("SELECT * FROM ops.purchase_request WHERE id = :id" + lock).param("id", id)
                .query((rs, row) -> map(rs, lines(id))).optional();
    }

    public List<PurchaseRequestView> list(String status, int limit) {
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM ops.purchase_request WHERE (CAST(:status AS text) IS NULL OR status = :status)
                 ORDER BY created_at DESC LIMIT :limit""").param("status", status).param("limit", limit)
                .query(UUID.class).list();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    public boolean demandRequested(UUID demandId) {
        return jdbc.sql("SELECT count(*) FROM ops.purchase_request_line WHERE demand_id = :demand")
                .param("demand", demandId).query(Long.class).single() > 0;
    }

    public void decide(UUID id, String status, String by, Instant at, String note) {
        jdbc.sql("""
                UPDATE ops.purchase_request SET status = :status, decided_by = :by, decided_at = :at,
                       decision_note = :note, version = version + 1
                 WHERE id = :id""").param("status", status).param("by", by).param("at", Timestamp.from(at))
                .param("note", note).param("id", id).update();
    }

    public void status(UUID id, String status) {
        jdbc.sql("UPDATE ops.purchase_request SET status = :status, version = version + 1 WHERE id = :id")
                .param("status", status).param("id", id).update();
    }

    /**
     * Lets go of the shortfalls a rejected or cancelled request named, so that another request may cover them (one
     * live request per shortfall; the audit record keeps what the lines named).
     */
    public void releaseDemands(UUID requestId) {
        jdbc.sql("UPDATE ops.purchase_request_line SET demand_id = NULL WHERE request_id = :id AND demand_id IS NOT NULL")
                .param("id", requestId).update();
    }

    /** Adds {@code delta} (negative when an order is cancelled) to what has been ordered of a line. */
    public void addOrdered(UUID lineId, BigDecimal delta) {
        jdbc.sql("UPDATE ops.purchase_request_line SET ordered_qty = ordered_qty + :delta WHERE id = :id")
                .param("delta", delta).param("id", lineId).update();
    }

    /** The request a line belongs to, and the line's demand, if any. */
    public record LineOwner(UUID requestId, UUID demandId) {
    }

    public Optional<LineOwner> ownerOf(UUID lineId) {
        return jdbc.sql("SELECT request_id, demand_id FROM ops.purchase_request_line WHERE id = :id")
                .param("id", lineId).query((rs, row) -> new LineOwner(rs.getObject("request_id", UUID.class),
                        rs.getObject("demand_id", UUID.class)))
                .optional();
    }

    private List<PurchaseRequestView.Line> lines(UUID requestId) {
        return jdbc.sql("SELECT * FROM ops.purchase_request_line WHERE request_id = :id ORDER BY item_id, id")
                .param("id", requestId)
                .query((rs, row) -> new PurchaseRequestView.Line(rs.getObject("id", UUID.class),
                        rs.getObject("item_id", UUID.class), rs.getBigDecimal("quantity"),
                        rs.getBigDecimal("estimated_price"), rs.getObject("supplier_id", UUID.class),
                        rs.getObject("demand_id", UUID.class), rs.getBigDecimal("ordered_qty"),
                        rs.getString("plan_line_key"), rs.getBigDecimal("original_price"),
                        rs.getString("original_currency")))
                .list();
    }

    private static PurchaseRequestView map(ResultSet rs, List<PurchaseRequestView.Line> lines) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new PurchaseRequestView(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("warehouse_id", UUID.class), rs.getString("status"), rs.getBigDecimal("amount"),
                rs.getString("reason"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getString("decision_note"), lines);
    }
}
