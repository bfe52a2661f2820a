package dozor.streams.stock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The live stock of one item in one warehouse, as kept in {@link StockTopology#ROWS}. Mutable inside one
 * {@code process} call only; stored as JSON.
 *
 * @param lastSeq the highest ledger line ({@code seq}) applied: a movement at or below it is a re-delivery
 * @param openReservations reservation id → quantity still reserved
 * @param closedReservations the latest closed reservation ids, so a re-delivered {@code StockReserved} of a closed
 *        reservation does not reserve again
 * @param recentEvents the latest event ids applied (the fallback de-duplication of events without a seq)
 * @param consumption UTC day → quantity that went out (issues to work, shipments, write-offs), the last 28 days of
 *        event time
 * @param eventTime the latest event time seen for the row: the end of the consumption window
 * @param lowSince when the current low-stock alert was raised; null when there is none
 */
record StockRow(UUID itemId, UUID warehouseId, BigDecimal onHand, long lastSeq, Instant lastMovementAt,
        BigDecimal reorderPoint, Instant reorderPointAt, Map<UUID, BigDecimal> openReservations,
        List<UUID> closedReservations, List<UUID> recentEvents, TreeMap<LocalDate, BigDecimal> consumption,
        Instant eventTime, Instant lowSince) {

    static final int WINDOW_DAYS = 28;

    static final int KEEP_CLOSED = 500;

    static final int KEEP_EVENTS = 64;

    static final Set<String> CONSUMPTION = Set.of("ISSUE_TO_WORK", "SHIPMENT", "WRITE_OFF");

    static StockRow empty(UUID itemId, UUID warehouseId) {
        return new StockRow(itemId, warehouseId, BigDecimal.ZERO.setScale(3), 0, null, null, null,
                new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>(), new TreeMap<>(), null, null);
    }

    static String key(UUID itemId, UUID warehouseId) {
        return itemId + "|" + warehouseId;
    }

    BigDecimal reserved() {
        return openReservations.values().stream().reduce(BigDecimal.ZERO.setScale(3), BigDecimal::add);
    }

    BigDecimal available() {
        return onHand.subtract(reserved());
    }

    /** Consumed over the 28 days of event time ending on the day of {@link #eventTime}. */
    BigDecimal consumed28Days() {
        if (eventTime == null) {
            return BigDecimal.ZERO;
        }
        LocalDate first = windowStart(eventTime);
        return consumption.tailMap(first, true).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal weeklyConsumption() {
        return consumed28Days().divide(BigDecimal.valueOf(WINDOW_DAYS / 7), 3, RoundingMode.HALF_UP);
    }

    /** Available ÷ weekly consumption, to two decimals; null (infinite) when nothing was consumed. */
    BigDecimal coverageWeeks() {
        BigDecimal consumed = consumed28Days();
        if (consumed.signum() <= 0) {
            return null;
        }
        return available().multiply(BigDecimal.valueOf(WINDOW_DAYS / 7)).divide(consumed, 2, RoundingMode.HALF_UP);
    }

    boolean low() {
        return reorderPoint != null && available().compareTo(reorderPoint) < 0;
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static LocalDate windowStart(Instant end) {
        return day(end).minusDays(WINDOW_DAYS - 1L);
    }
}
