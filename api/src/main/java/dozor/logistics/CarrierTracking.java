package dozor.logistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.logistics.internal.ShipmentRows;
import dozor.shared.Ids;

/**
 * What carriers report about their shipments (the tracking webhook in ingest calls this, after checking the
 * signature and mapping the carrier's status by configuration). Every report is recorded once, keyed by carrier and
 * the carrier's event id — or tracking number, status and time when the carrier sends no id — so a replay finds the
 * first one's row and changes nothing. A report moves a shipment only forward along its way: a late "in transit"
 * after "delivered" is recorded as out of order and ignored.
 */
@Service
public class CarrierTracking {

    /** What a report did. */
    public enum Outcome {
        /** The shipment moved to the mapped status. */
        APPLIED,
        /** The carrier's status is not in the carrier's status map: recorded only. */
        UNMAPPED,
        /** No shipment of this carrier has the tracking number. */
        UNKNOWN_TRACKING,
        /** The shipment already has this status. */
        NO_CHANGE,
        /** The shipment is further along (or finished): an old report that came late. */
        OUT_OF_ORDER,
        /** The shipment has not been dispatched by us yet: stock has not left, so the report changes nothing. */
        NOT_DISPATCHED
    }

    /**
     * A carrier's report. {@code mappedStatus} is null when the carrier's status is not mapped.
     */
    public record CarrierEvent(String carrier, String eventId, String trackingNumber, String carrierStatus,
            ShipmentStatus mappedStatus, Instant occurredAt) {
    }

    /** What became of a report; {@code repeated} when it had been received before (nothing was done again). */
    public record Result(Outcome outcome, boolean repeated, UUID shipmentId, ShipmentStatus shipmentStatus) {
    }

    /** A recorded report, as a shipment's tracking log shows it. */
    public record Report(String carrier, String carrierStatus, ShipmentStatus mappedStatus, Instant occurredAt,
            Instant receivedAt, Outcome outcome) {
    }

    private final JdbcClient jdbc;

    private final ShipmentRows rows;

    private final Shipments shipments;

    private final Clock clock;

    CarrierTracking(JdbcClient jdbc, ShipmentRows rows, Shipments shipments, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.shipments = shipments;
        this.clock = clock;
    }

    @Transactional
    public Result record(CarrierEvent e) {
        String carrier = rows.carrier(e.carrier()).map(CarrierView::code)
                .orElseThrow(() -> LogisticsException.notFound("Перевозчик " + e.carrier() + " не известен"));
        String key = e.eventId() != null ? "id:" + e.eventId()
                : "st:" + e.trackingNumber() + "|" + e.carrierStatus().toUpperCase(Locale.ROOT) + "|"
                        + e.occurredAt();
        UUID id = Ids.newId();
        int inserted = jdbc.sql("""
                INSERT INTO ops.carrier_tracking_event (id, carrier_code, event_key, tracking_number, carrier_status,
                    mapped_status, occurred_at, received_at, outcome)
                VALUES (:id, :carrier, :key, :tracking, :status, :mapped, :occurred, :received, 'NO_CHANGE')
                ON CONFLICT (carrier_code, event_key) DO NOTHING
                """).param("id", id).param("carrier", carrier).param("key", key)
                .param("tracking", e.trackingNumber()).param("status", e.carrierStatus())
                .param("mapped", e.mappedStatus() == null ? null : e.mappedStatus().name())
                .param("occurred", Timestamp.from(e.occurredAt())).param("received", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            return jdbc.sql("""
                    SELECT t.outcome, t.shipment_id, s.status FROM ops.carrier_tracking_event t
                        LEFT JOIN ops.shipment s ON s.id = t.shipment_id
                    WHERE t.carrier_code = :carrier AND t.event_key = :key
                    """).param("carrier", carrier).param("key", key)
                    .query((rs, n) -> new Result(Outcome.valueOf(rs.getString("outcome")), true,
                            rs.getObject("shipment_id", UUID.class),
                            rs.getString("status") == null ? null : ShipmentStatus.valueOf(rs.getString("status"))))
                    .single();
        }
        Optional<UUID> shipmentId = rows.byTracking(carrier, e.trackingNumber());
        Result result;
        if (shipmentId.isEmpty()) {
            result = new Result(Outcome.UNKNOWN_TRACKING, false, null, null);
        }
        else {
            ShipmentView s = shipments.locked(shipmentId.get());
            result = apply(s, e);
        }
        jdbc.sql("UPDATE ops.carrier_tracking_event SET outcome = :o, shipment_id = :s WHERE id = :id")
                .param("o", result.outcome().name()).param("s", result.shipmentId()).param("id", id).update();
        return result;
    }

    private Result apply(ShipmentView s, CarrierEvent e) {
        ShipmentStatus to = e.mappedStatus();
        Outcome outcome;
        if (to == null) {
            outcome = Outcome.UNMAPPED;
        }
        else if (s.status() == ShipmentStatus.PLANNED) {
            outcome = Outcome.NOT_DISPATCHED;
        }
        else if (s.status().movesOnTo(to)) {
            // never before the status it follows: durations stay non-negative when the carrier's clock is behind
            Instant at = e.occurredAt().isBefore(s.statusAt()) ? s.statusAt() : e.occurredAt();
            s = shipments.move(s, to, at, "CARRIER", AuditLog.currentActor(), e.carrierStatus(), null);
            outcome = Outcome.APPLIED;
        }
        else {
            outcome = s.status() == to ? Outcome.NO_CHANGE : Outcome.OUT_OF_ORDER;
        }
        return new Result(outcome, false, s.id(), s.status());
    }

    @Transactional(readOnly = true)
    public List<Report> reports(UUID shipmentId) {
        shipments.shipment(shipmentId);
        return jdbc.sql("""
                SELECT * FROM ops.carrier_tracking_event WHERE shipment_id = :id ORDER BY received_at, occurred_at
                """).param("id", shipmentId)
                .query((rs, n) -> new Report(rs.getString("carrier_code"), rs.getString("carrier_status"),
                        rs.getString("mapped_status") == null ? null
                                : ShipmentStatus.valueOf(rs.getString("mapped_status")),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("received_at").toInstant(),
                        Outcome.valueOf(rs.getString("outcome"))))
                .list();
    }
}
