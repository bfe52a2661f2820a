package dozor.logistics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.logistics.CarrierView;
import dozor.logistics.ShipmentKind;
import dozor.logistics.ShipmentStatus;
import dozor.logistics.ShipmentView;
import dozor.logistics.StatusEntry;

/** Tables {@code ops.shipment}, {@code ops.shipment_line}, {@code ops.shipment_status} and {@code ops.carrier}. */
@Repository
public class ShipmentRows {

    private final JdbcClient jdbc;

    ShipmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CarrierView> carriers() {
        return jdbc.sql("SELECT * FROM ops.carrier ORDER BY code").query((rs, n) -> new CarrierView(
                rs.getString("code"), rs.getString("name"), rs.getBoolean("active"))).list();
    }

    public Optional<CarrierView> carrier(String code) {
        return carriers().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public String nextNumber(int year) {
        long n = jdbc.sql("SELECT nextval('ops.shipment_number')").query(Long.class).single();
        return String.format("ОТ-%d-%06d", year, n);
    }

    public void insert(ShipmentView s) {
        jdbc.sql("""
                INSERT INTO ops.shipment (id, number, kind, request_id, purchase_order_id, from_warehouse_id,
                    to_warehouse_id, address, recipient, recipient_phone, carrier_code, tracking_number, route,
                    planned_date, status, replaces_id, return_of_id, swap_id, created_by, created_at, status_at)
                VALUES (:id, :number, :kind, :request, :po, :from, :to, :address, :recipient, :phone, :carrier,
                    :tracking, :route, :planned, :status, :replaces, :returnOf, :swap, :by, :at, :at)
                """).param("id", s.id()).param("number", s.number()).param("kind", s.kind().name())
                .param("request", s.requestId()).param("po", s.purchaseOrderId()).param("from", s.fromWarehouseId())
                .param("to", s.toWarehouseId()).param("address", s.address()).param("recipient", s.recipient())
                .param("phone", s.recipientPhone()).param("carrier", s.carrier())
                .param("tracking", s.trackingNumber()).param("route", s.route())
                .param("planned", Date.valueOf(s.plannedDate())).param("status", s.status().name())
                .param("replaces", s.replacesId()).param("returnOf", s.returnOfId()).param("swap", s.swapId())
                .param("by", s.createdBy()).param("at", Timestamp.from(s.createdAt())).update();
        for (ShipmentView.Line l : s.lines()) {
            jdbc.sql("""
                    INSERT INTO ops.shipment_line (shipment_id, line_no, item_id, quantity, serial)
                    VALUES (:id, :no, :item, :quantity, :serial)
                    """).param("id", s.id()).param("no", l.lineNo()).param("item", l.itemId())
                    .param("quantity", l.quantity()).param("serial", l.serial()).update();
        }
    }

    public void lineTransfer(UUID shipmentId, int lineNo, UUID transferId) {
        jdbc.sql("UPDATE ops.shipment_line SET transfer_id = :t WHERE shipment_id = :id AND line_no = :no")
                .param("t", transferId).param("id", shipmentId).param("no", lineNo).update();
    }

    public Optional<ShipmentView> find(UUID id) {
        return jdbc.sql("SELECT * FROM ops.shipment WHERE id = :id").param("id", id).query(ShipmentRows::map)
                .optional().map(s -> s.withLines(lines(s.id())));
    }

    /** The shipment, locked for the rest of the transaction: status changes of one shipment queue here. */
    public Optional<ShipmentView> lock(UUID id) {
        return jdbc.sql("SELECT * FROM ops.shipment WHERE id = :id FOR UPDATE").param("id", id)
                .query(ShipmentRows::map).optional().map(s -> s.withLines(lines(s.id())));
    }

    public Optional<UUID> byTracking(String carrier, String tracking) {
        return jdbc.sql("SELECT id FROM ops.shipment WHERE carrier_code = :c AND tracking_number = :t")
                .param("c", carrier).param("t", tracking).query(UUID.class).optional();
    }

    public boolean trackingTaken(String carrier, String tracking, UUID except) {
        return jdbc.sql("""
                SELECT count(*) FROM ops.shipment WHERE carrier_code = :c AND tracking_number = :t
                    AND id IS DISTINCT FROM :except
                """).param("c", carrier).param("t", tracking).param("except", except).query(Long.class).single() > 0;
    }

    /** Whether a shipment not cancelled already ships this one again. */
    public boolean replaced(UUID id) {
        return jdbc.sql("SELECT count(*) FROM ops.shipment WHERE replaces_id = :id AND status <> 'CANCELLED'")
                .param("id", id).query(Long.class).single() > 0;
    }

    /** The shipments that ship this one again, the newest first (cancelled ones too). */
    public List<ShipmentView> reshipmentsOf(UUID id) {
        return jdbc.sql("SELECT * FROM ops.shipment WHERE replaces_id = :id ORDER BY created_at DESC, number DESC")
                .param("id", id).query(ShipmentRows::map).list().stream().map(s -> s.withLines(lines(s.id())))
                .toList();
    }

    public List<ShipmentView.Line> lines(UUID id) {
        return jdbc.sql("SELECT * FROM ops.shipment_line WHERE shipment_id = :id ORDER BY line_no").param("id", id)
                .query((rs, n) -> new ShipmentView.Line(rs.getInt("line_no"), rs.getObject("item_id", UUID.class),
                        rs.getBigDecimal("quantity"), rs.getString("serial"),
                        rs.getObject("transfer_id", UUID.class)))
                .list();
    }

    public void status(UUID id, ShipmentStatus status, Instant at, StatusEntry entry) {
        jdbc.sql("""
                UPDATE ops.shipment SET status = :status, status_at = :at,
                    dispatched_at = CASE WHEN :status = 'DISPATCHED' THEN :at ELSE dispatched_at END,
                    delivered_at = CASE WHEN :status = 'DELIVERED' THEN :at ELSE delivered_at END
                WHERE id = :id
                """).param("status", status.name()).param("at", Timestamp.from(at)).param("id", id).update();
        history(id, entry);
    }

    public void history(UUID id, StatusEntry e) {
        jdbc.sql("""
                INSERT INTO ops.shipment_status (shipment_id, status, at, source, actor, carrier_status, note)
                VALUES (:id, :status, :at, :source, :actor, :carrierStatus, :note)
                """).param("id", id).param("status", e.status().name()).param("at", Timestamp.from(e.at()))
                .param("source", e.source()).param("actor", e.actor()).param("carrierStatus", e.carrierStatus())
                .param("note", e.note()).update();
    }

    public void tracking(UUID id, String tracking) {
        jdbc.sql("UPDATE ops.shipment SET tracking_number = :t WHERE id = :id").param("t", tracking).param("id", id)
                .update();
    }

    public void received(UUID id, Instant at) {
        jdbc.sql("UPDATE ops.shipment SET received_at = :at WHERE id = :id").param("at", Timestamp.from(at))
                .param("id", id).update();
    }

    public List<StatusEntry> historyOf(UUID id) {
        return jdbc.sql("SELECT * FROM ops.shipment_status WHERE shipment_id = :id ORDER BY id").param("id", id)
                .query((rs, n) -> new StatusEntry(ShipmentStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("at").toInstant(), rs.getString("source"), rs.getString("actor"),
                        rs.getString("carrier_status"), rs.getString("note")))
                .list();
    }

    public List<ShipmentView> find(UUID requestId, ShipmentStatus status, LocalDate plannedDate, int limit) {
        return jdbc.sql("""
                SELECT * FROM ops.shipment
                WHERE (CAST(:request AS uuid) IS NULL OR request_id = :request)
                  AND (CAST(:status AS text) IS NULL OR status = :status)
                  AND (CAST(:planned AS date) IS NULL OR planned_date = :planned)
                ORDER BY planned_date DESC, number DESC LIMIT :limit
                """).param("request", requestId).param("status", status == null ? null : status.name())
                .param("planned", plannedDate == null ? null : Date.valueOf(plannedDate)).param("limit", limit)
                .query(ShipmentRows::map).list().stream().map(s -> s.withLines(lines(s.id()))).toList();
    }

    /** A day's shipments that are still to go or on their way, by carrier and route. */
    public List<ShipmentView> plannedFor(LocalDate date) {
        return jdbc.sql("""
                SELECT * FROM ops.shipment WHERE planned_date = :d AND status <> 'CANCELLED'
                ORDER BY carrier_code, coalesce(route, ''), number
                """).param("d", Date.valueOf(date)).query(ShipmentRows::map).list().stream()
                .map(s -> s.withLines(lines(s.id()))).toList();
    }

    static ShipmentView map(ResultSet rs, int n) throws SQLException {
        return new ShipmentView(rs.getObject("id", UUID.class), rs.getString("number"),
                ShipmentKind.valueOf(rs.getString("kind")), rs.getObject("request_id", UUID.class),
                rs.getObject("purchase_order_id", UUID.class), rs.getObject("from_warehouse_id", UUID.class),
                rs.getObject("to_warehouse_id", UUID.class), rs.getString("address"), rs.getString("recipient"),
                rs.getString("recipient_phone"), rs.getString("carrier_code"), rs.getString("tracking_number"),
                rs.getString("route"), rs.getDate("planned_date").toLocalDate(),
                ShipmentStatus.valueOf(rs.getString("status")), rs.getObject("replaces_id", UUID.class),
                rs.getObject("return_of_id", UUID.class), rs.getObject("swap_id", UUID.class),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "dispatched_at"),
                instant(rs, "delivered_at"), instant(rs, "received_at"), instant(rs, "status_at"), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
