package dozor.procurement.purchasing.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.procurement.purchasing.PurchaseOrderView;
import dozor.procurement.purchasing.ReceiptView;
import dozor.procurement.purchasing.ReturnView;

/** Tables {@code ops.purchase_order}, {@code …_line}, {@code ops.purchase_receipt} and {@code ops.purchase_return}. */
@Repository
public class Orders {

    private final JdbcClient jdbc;

    Orders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PurchaseOrderView o) {
        jdbc.sql("""
                INSERT INTO ops.purchase_order (id, number, supplier_id, contract_id, status, currency, expected_date,
                    created_by, created_at)
                VALUES (:id, :number, :supplier, :contract, :status, :currency, :expected, :by, :at)""")
                .param("id", o.id()).param("number", o.number()).param("supplier", o.supplierId())
                .param("contract", o.contractId()).param("status", o.status()).param("currency", o.currency())
                .param("expected", o.expectedDate() == null ? null : Date.valueOf(o.expectedDate()))
                .param("by", o.createdBy()).param("at", Timestamp.from(o.createdAt())).update();
        for (PurchaseOrderView.Line l : o.lines()) {
            jdbc.sql("""
                    INSERT INTO ops.purchase_order_line (id, order_id, request_line_id, item_id, warehouse_id, quantity,
                        price, expected_date)
                    VALUES (:id, :order, :requestLine, :item, :warehouse, :quantity, :price, :expected)""")
                    .param("id", l.id()).param("order", o.id()).param("requestLine", l.requestLineId())
                    .param("item", l.itemId()).param("warehouse", l.warehouseId()).param("quantity", l.quantity())
                    .param("price", l.price()).param("expected", Date.valueOf(l.expectedDate())).update();
        }
    }

    /** The order with its lines, the order row locked until the transaction ends. */
    public Optional<PurchaseOrderView> lock(UUID id) {
        return find(id, " FOR UPDATE");
    }

    public Optional<PurchaseOrderView> find(UUID id) {
        return find(id, "");
    }

    private Optional<PurchaseOrderView> find(UUID id, String lock) {
        Optional<PurchaseOrderView> head = jdbc.sql("SELECT * FROM ops.purchase_order WHERE id = :id" + lock)
                .param("id", id).query((rs, row) -> map(rs, List.of())).optional();
        return head.map(o -> new PurchaseOrderView(o.id(), o.number(), o.supplierId(), o.contractId(), o.status(),
                o.currency(), o.expectedDate(), o.createdBy(), o.createdAt(), o.sentAt(), lines(id)));
    }

    public List<PurchaseOrderView> list(UUID supplierId, String status, int limit) {
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM ops.purchase_order
                 WHERE (CAST(:supplier AS uuid) IS NULL OR supplier_id = :supplier)
                   AND (CAST(:status AS text) IS NULL OR status = :status)
                 ORDER BY created_at DESC LIMIT :limit""").param("supplier", supplierId).param("status", status)
                .param("limit", limit).query(UUID.class).list();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    public void status(UUID id, String status, Instant sentAt, Instant closedAt) {
        jdbc.sql("""
                UPDATE ops.purchase_order SET status = :status, sent_at = COALESCE(:sent, sent_at),
                       closed_at = COALESCE(:closed, closed_at), version = version + 1
                 WHERE id = :id""").param("status", status)
                .param("sent", sentAt == null ? null : Timestamp.from(sentAt))
                .param("closed", closedAt == null ? null : Timestamp.from(closedAt)).param("id", id).update();
    }

    public void received(UUID lineId, BigDecimal accepted, BigDecimal rejected, Instant completedAt) {
        jdbc.sql("""
                UPDATE ops.purchase_order_line
                   SET received_qty = received_qty + :accepted + :rejected, accepted_qty = accepted_qty + :accepted,
                       rejected_qty = rejected_qty + :rejected, completed_at = COALESCE(completed_at, :completed)
                 WHERE id = :id""").param("accepted", accepted).param("rejected", rejected)
                .param("completed", completedAt == null ? null : Timestamp.from(completedAt)).param("id", lineId)
                .update();
    }

    public void returned(UUID lineId, BigDecimal quantity) {
        jdbc.sql("UPDATE ops.purchase_order_line SET returned_qty = returned_qty + :q WHERE id = :id")
                .param("q", quantity).param("id", lineId).update();
    }

    public void insertReceipt(ReceiptView r) {
        jdbc.sql("""
                INSERT INTO ops.purchase_receipt (id, order_line_id, received_qty, accepted_qty, rejected_qty,
                    reject_reason, serials, movement_id, received_by, received_at)
                VALUES (:id, :line, :received, :accepted, :rejected, :reason, CAST(:serials AS text[]), :movement,
                    :by, :at)""").param("id", r.id()).param("line", r.orderLineId())
                .param("received", r.receivedQty()).param("accepted", r.acceptedQty())
                .param("rejected", r.rejectedQty()).param("reason", r.rejectReason())
                .param("serials", r.serials().isEmpty() ? null : toArray(r.serials()))
                .param("movement", r.movementIds().isEmpty() ? null : r.movementIds().get(0))
                .param("by", r.receivedBy()).param("at", Timestamp.from(r.receivedAt())).update();
    }

    public void insertReturn(ReturnView r) {
        jdbc.sql("""
                INSERT INTO ops.purchase_return (id, order_line_id, quantity, reason, movement_id, returned_by,
                    returned_at, source)
                VALUES (:id, :line, :quantity, :reason, :movement, :by, :at, :source)""").param("id", r.id())
                .param("line", r.orderLineId()).param("quantity", r.quantity()).param("reason", r.reason())
                .param("movement", r.movementId()).param("by", r.returnedBy())
                .param("at", Timestamp.from(r.returnedAt())).param("source", r.source()).update();
    }

    /** What has gone back of a line so far from one source (REJECTED or ACCEPTED). */
    public BigDecimal returnedFrom(UUID lineId, String source) {
        return jdbc.sql("""
                SELECT COALESCE(sum(quantity), 0) FROM ops.purchase_return
                 WHERE order_line_id = :line AND source = :source""").param("line", lineId).param("source", source)
                .query(BigDecimal.class).single();
    }

    public List<ReturnView> returns(UUID orderId) {
        return jdbc.sql("""
                SELECT r.* FROM ops.purchase_return r JOIN ops.purchase_order_line l ON l.id = r.order_line_id
                 WHERE l.order_id = :order ORDER BY r.returned_at""").param("order", orderId)
                .query((rs, row) -> new ReturnView(rs.getObject("id", UUID.class), orderId,
                        rs.getObject("order_line_id", UUID.class), rs.getBigDecimal("quantity"),
                        rs.getString("source"), rs.getString("reason"), rs.getObject("movement_id", UUID.class),
                        rs.getString("returned_by"), rs.getTimestamp("returned_at").toInstant()))
                .list();
    }

    private static String toArray(List<String> values) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : ",").append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    private List<PurchaseOrderView.Line> lines(UUID orderId) {
        return jdbc.sql("SELECT * FROM ops.purchase_order_line WHERE order_id = :id ORDER BY item_id, id")
                .param("id", orderId).query((rs, row) -> {
                    Timestamp completed = rs.getTimestamp("completed_at");
                    Date expected = rs.getDate("expected_date");
                    return new PurchaseOrderView.Line(rs.getObject("id", UUID.class),
                            rs.getObject("request_line_id", UUID.class), rs.getObject("item_id", UUID.class),
                            rs.getObject("warehouse_id", UUID.class), rs.getBigDecimal("quantity"),
                            rs.getBigDecimal("price"), expected == null ? null : expected.toLocalDate(),
                            rs.getBigDecimal("received_qty"), rs.getBigDecimal("accepted_qty"),
                            rs.getBigDecimal("rejected_qty"), rs.getBigDecimal("returned_qty"),
                            completed == null ? null : completed.toInstant());
                }).list();
    }

    private static PurchaseOrderView map(ResultSet rs, List<PurchaseOrderView.Line> lines) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        Date expected = rs.getDate("expected_date");
        return new PurchaseOrderView(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("supplier_id", UUID.class), rs.getObject("contract_id", UUID.class),
                rs.getString("status"), rs.getString("currency"), expected == null ? null : expected.toLocalDate(),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant(), lines);
    }
}
