package dozor.streams.stock;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import dozor.events.stock.StockAlertEvent;
import dozor.events.stock.StockEvent;
import dozor.events.stock.StockLowAlert;
import dozor.events.stock.StockLowAlertCleared;
import dozor.events.stock.StockMovementRecorded;
import dozor.events.stock.StockReorderPointChanged;
import dozor.events.stock.StockReservationClosed;
import dozor.events.stock.StockReserved;

/**
 * Applies one stock event to its row: pure, so the topology and the tests share it. The outbox relay delivers at
 * least once, so every event may come twice: a movement is applied only above the row's last ledger line
 * ({@code seq}), a reservation is opened once and never again after it closed, and any event whose id was among the
 * row's latest is dropped.
 */
final class StockLevels {

    private StockLevels() {
    }

    /** The row after the event and the alert it raises or clears, if any; empty when the event is a duplicate. */
    record Applied(StockRow row, Optional<StockAlertEvent> alert) {
    }

    static Optional<Applied> apply(StockRow row, StockEvent event) {
        if (row.recentEvents().contains(event.eventId())) {
            return Optional.empty();
        }
        BigDecimal onHand = row.onHand();
        long lastSeq = row.lastSeq();
        Instant lastMovementAt = row.lastMovementAt();
        BigDecimal reorderPoint = row.reorderPoint();
        Instant reorderPointAt = row.reorderPointAt();
        Map<UUID, BigDecimal> open = new LinkedHashMap<>(row.openReservations());
        List<UUID> closed = new ArrayList<>(row.closedReservations());
        TreeMap<LocalDate, BigDecimal> consumption = new TreeMap<>(row.consumption());
        Instant at = event.occurredAt();
        if (event instanceof StockMovementRecorded m) {
            if (m.seq() != null && m.seq() <= lastSeq) {
                return Optional.empty();
            }
            onHand = onHand.add(m.quantity());
            lastSeq = m.seq() == null ? lastSeq : m.seq();
            lastMovementAt = at;
            if (StockRow.CONSUMPTION.contains(m.kind()) && m.quantity().signum() < 0) {
                consumption.merge(StockRow.day(at), m.quantity().negate(), BigDecimal::add);
            }
        }
        else if (event instanceof StockReserved r) {
            if (open.containsKey(r.reservationId()) || closed.contains(r.reservationId())) {
                return Optional.empty();
            }
            open.put(r.reservationId(), r.quantity());
        }
        else if (event instanceof StockReservationClosed c) {
            if (closed.contains(c.reservationId())) {
                return Optional.empty();
            }
            open.remove(c.reservationId());
            closed.add(c.reservationId());
            if (closed.size() > StockRow.KEEP_CLOSED) {
                closed.remove(0);
            }
        }
        else if (event instanceof StockReorderPointChanged p) {
            // The newest setting wins, also if an older one is re-delivered after it.
            if (reorderPointAt != null && at.isBefore(reorderPointAt)) {
                return Optional.empty();
            }
            reorderPoint = p.reorderPoint();
            reorderPointAt = at;
        }
        else {
            return Optional.empty();
        }
        Instant eventTime = row.eventTime() == null || at.isAfter(row.eventTime()) ? at : row.eventTime();
        consumption.headMap(StockRow.windowStart(eventTime), false).clear();
        List<UUID> recent = new ArrayList<>(row.recentEvents());
        recent.add(event.eventId());
        if (recent.size() > StockRow.KEEP_EVENTS) {
            recent.remove(0);
        }
        StockRow next = new StockRow(row.itemId(), row.warehouseId(), onHand, lastSeq, lastMovementAt, reorderPoint,
                reorderPointAt, open, closed, recent, consumption, eventTime, row.lowSince());
        return Optional.of(crossing(next, event));
    }

    /** Raises an alert when available falls below the reorder point, clears it when it is back at or above. */
    private static Applied crossing(StockRow next, StockEvent cause) {
        boolean low = next.low();
        boolean alerting = next.lowSince() != null;
        if (low == alerting) {
            return new Applied(next, Optional.empty());
        }
        UUID id = UUID.nameUUIDFromBytes((cause.eventId() + (low ? "|low" : "|cleared"))
                .getBytes(StandardCharsets.UTF_8));
        StockRow row = new StockRow(next.itemId(), next.warehouseId(), next.onHand(), next.lastSeq(),
                next.lastMovementAt(), next.reorderPoint(), next.reorderPointAt(), next.openReservations(),
                next.closedReservations(), next.recentEvents(), next.consumption(), next.eventTime(),
                low ? cause.occurredAt() : null);
        StockAlertEvent alert = low
                ? new StockLowAlert(id, cause.occurredAt(), StockLowAlert.CURRENT_VERSION, next.itemId(),
                        next.warehouseId(), next.available(), next.reorderPoint(), next.coverageWeeks())
                : new StockLowAlertCleared(id, cause.occurredAt(), StockLowAlertCleared.CURRENT_VERSION,
                        next.itemId(), next.warehouseId(), next.available(), next.reorderPoint(), next.lowSince());
        return new Applied(row, Optional.of(alert));
    }

    /** The warehouse a stock event is about, or null for events that are not per warehouse. */
    static UUID warehouseOf(StockEvent event) {
        if (event instanceof StockMovementRecorded m) {
            return m.warehouseId();
        }
        if (event instanceof StockReserved r) {
            return r.warehouseId();
        }
        if (event instanceof StockReservationClosed c) {
            return c.warehouseId();
        }
        if (event instanceof StockReorderPointChanged p) {
            return p.warehouseId();
        }
        return null;
    }
}
