package dozor.stock.live;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.stock.live.Reconciliation.Difference;
import dozor.stock.live.Reconciliation.Kind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the stock ledger ({@code ops.stock_movement}, {@code ops.stock_balance}) with the streams' live rows.
 * The streams lag the ledger by the outbox relay and their commit interval, so on hand is compared at the line the
 * streams have applied to the row (Σ lines with {@code seq ≤ appliedSeq}): lag is never reported as a difference.
 * Reserved has no ledger line to pin it to, so it is compared only when the streams have applied the row's newest
 * line and the balance has not changed within the grace period; a ledger row is missing in the streams only when
 * its first line is older than the grace period. Every run is recorded in {@code ops.stock_reconciliation_run} and
 * its difference count is the gauge {@code dozor_stock_reconciliation_differences}.
 */
@Service
public class StockReconciliation {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LiveStockClient live;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final Duration grace;

    private final AtomicInteger lastDifferences = new AtomicInteger();

    StockReconciliation(LiveStockClient live, JdbcClient jdbc, Clock clock, MeterRegistry meters,
            @Value("${dozor.stock.reconciliation.grace:PT1M}") Duration grace) {
        this.live = live;
        this.jdbc = jdbc;
        this.clock = clock;
        this.grace = grace;
        Gauge.builder("dozor.stock.reconciliation.differences", lastDifferences, AtomicInteger::get)
                .description("Differences between the stock ledger and the live stock found by the last run")
                .register(meters);
    }

    /**
     * Reads the streams' rows, compares and records the run. Not one transaction: no connection is held while the
     * streams answer, and the ledger is read by one statement (one snapshot) anyway.
     */
    public Reconciliation run(String trigger) {
        List<LiveStockRow> rows = live.levels(null, null);
        Reconciliation result = compare(rows, clock.instant());
        record(result, trigger);
        lastDifferences.set(result.differences().size());
        return result;
    }

    /** Where a ledger row stands: on hand at the streams' line, its own last line and its balance. */
    private record LedgerRow(UUID itemId, UUID warehouseId, BigDecimal onHandAtApplied, Long lastSeq,
            BigDecimal balanceOnHand, BigDecimal reserved, Instant updatedAt, BigDecimal sumAll, Instant firstAt) {
    }

    Reconciliation compare(List<LiveStockRow> rows, Instant now) {
        Instant cutoff = now.minus(grace);
        Map<String, LiveStockRow> streams = new HashMap<>();
        rows.forEach(r -> streams.put(key(r.itemId(), r.warehouseId()), r));
        Map<String, LedgerRow> ledger = ledger(rows);
        List<Difference> differences = new ArrayList<>();
        int behind = 0;
        Set<String> keys = new HashSet<>(streams.keySet());
        keys.addAll(ledger.keySet());
        for (String key : keys) {
            LiveStockRow s = streams.get(key);
            LedgerRow l = ledger.get(key);
            if (l != null && l.balanceOnHand() != null && l.sumAll().compareTo(l.balanceOnHand()) != 0) {
                differences.add(new Difference(Kind.LEDGER_BALANCE, l.itemId(), l.warehouseId(), l.balanceOnHand(),
                        l.sumAll(), null, l.lastSeq()));
            }
            if (s == null) {
                if (l.lastSeq() != null && l.firstAt() != null && !l.firstAt().isAfter(cutoff)) {
                    differences.add(new Difference(Kind.MISSING_IN_STREAMS, l.itemId(), l.warehouseId(),
                            l.balanceOnHand(), null, null, l.lastSeq()));
                }
                continue;
            }
            boolean streamsHaveSomething = s.appliedSeq() > 0 || s.onHand().signum() != 0
                    || s.reserved().signum() != 0;
            if ((l == null || (l.lastSeq() == null && l.balanceOnHand() == null)) && streamsHaveSomething) {
                differences.add(new Difference(Kind.MISSING_IN_LEDGER, s.itemId(), s.warehouseId(), null, s.onHand(),
                        s.appliedSeq(), null));
                continue;
            }
            if (l == null) {
                continue;
            }
            if (l.onHandAtApplied().compareTo(s.onHand()) != 0) {
                differences.add(new Difference(Kind.ON_HAND, s.itemId(), s.warehouseId(), l.onHandAtApplied(),
                        s.onHand(), s.appliedSeq(), l.lastSeq()));
            }
            long ledgerSeq = l.lastSeq() == null ? 0 : l.lastSeq();
            if (ledgerSeq > s.appliedSeq()) {
                behind++;
            }
            else if (l.reserved() != null && l.updatedAt() != null && !l.updatedAt().isAfter(cutoff)
                    && l.reserved().compareTo(s.reserved()) != 0) {
                differences.add(new Difference(Kind.RESERVED, s.itemId(), s.warehouseId(), l.reserved(),
                        s.reserved(), s.appliedSeq(), l.lastSeq()));
            }
        }
        differences.sort(java.util.Comparator.comparing((Difference d) -> d.warehouseId().toString())
                .thenComparing(d -> d.itemId().toString()).thenComparing(Difference::kind));
        return new Reconciliation(now, keys.size(), behind, differences);
    }

    /** Every ledger row that has lines or a balance, with on hand at each streams row's applied line. */
    private Map<String, LedgerRow> ledger(List<LiveStockRow> rows) {
        String items = rows.stream().map(r -> r.itemId().toString()).collect(Collectors.joining(",", "{", "}"));
        String warehouses = rows.stream().map(r -> r.warehouseId().toString())
                .collect(Collectors.joining(",", "{", "}"));
        String applied = rows.stream().map(r -> Long.toString(r.appliedSeq()))
                .collect(Collectors.joining(",", "{", "}"));
        Map<String, LedgerRow> out = new HashMap<>();
        jdbc.sql("""
                WITH s AS (
                    SELECT * FROM unnest(CAST(:items AS uuid[]), CAST(:warehouses AS uuid[]), CAST(:applied AS bigint[]))
                        AS s(item_id, warehouse_id, applied)),
                 keys AS (
                    SELECT item_id, warehouse_id FROM s
                    UNION SELECT item_id, warehouse_id FROM ops.stock_balance
                    UNION SELECT DISTINCT item_id, warehouse_id FROM ops.stock_movement),
                 m AS (
                    SELECT m.item_id, m.warehouse_id, sum(m.quantity) AS sum_all, max(m.seq) AS last_seq,
                           min(m.at) AS first_at,
                           sum(m.quantity) FILTER (WHERE m.seq <= coalesce(s.applied, 0)) AS at_applied
                      FROM ops.stock_movement m
                      LEFT JOIN s ON s.item_id = m.item_id AND s.warehouse_id = m.warehouse_id
                     GROUP BY m.item_id, m.warehouse_id)
                SELECT k.item_id, k.warehouse_id, coalesce(m.at_applied, 0) AS at_applied, m.last_seq,
                       b.on_hand, b.reserved, b.updated_at, coalesce(m.sum_all, 0) AS sum_all, m.first_at
                  FROM keys k
                  LEFT JOIN m ON m.item_id = k.item_id AND m.warehouse_id = k.warehouse_id
                  LEFT JOIN ops.stock_balance b ON b.item_id = k.item_id AND b.warehouse_id = k.warehouse_id
                """).param("items", items).param("warehouses", warehouses).param("applied", applied)
                .query((rs, n) -> new LedgerRow(rs.getObject("item_id", UUID.class),
                        rs.getObject("warehouse_id", UUID.class), rs.getBigDecimal("at_applied"),
                        (Long) rs.getObject("last_seq"), rs.getBigDecimal("on_hand"), rs.getBigDecimal("reserved"),
                        instant(rs.getTimestamp("updated_at")), rs.getBigDecimal("sum_all"),
                        instant(rs.getTimestamp("first_at"))))
                .list().forEach(l -> {
                    // A balance row with nothing in it and no line (a lock of a refused posting) is no row.
                    if (l.lastSeq() != null || (l.balanceOnHand() != null && (l.balanceOnHand().signum() != 0
                            || l.reserved().signum() != 0))) {
                        out.put(key(l.itemId(), l.warehouseId()), l);
                    }
                });
        return out;
    }

    private void record(Reconciliation r, String trigger) {
        jdbc.sql("""
                INSERT INTO ops.stock_reconciliation_run (run_at, trigger, rows_checked, difference_count, differences)
                VALUES (:at, :trigger, :rows, :count, CAST(:differences AS jsonb))
                """).param("at", Timestamp.from(r.checkedAt())).param("trigger", trigger)
                .param("rows", r.rowsChecked()).param("count", r.differences().size())
                .param("differences", JSON.writeValueAsString(r.differences())).update();
    }

    /** The latest recorded runs, newest first. */
    @Transactional(readOnly = true)
    public List<RecordedRun> runs(int limit) {
        return jdbc.sql("""
                SELECT id, run_at, trigger, rows_checked, difference_count FROM ops.stock_reconciliation_run
                 ORDER BY id DESC LIMIT :limit
                """).param("limit", limit).query((rs, n) -> new RecordedRun(rs.getLong("id"),
                        rs.getTimestamp("run_at").toInstant(), rs.getString("trigger"), rs.getInt("rows_checked"),
                        rs.getInt("difference_count"))).list();
    }

    public record RecordedRun(long id, Instant runAt, String trigger, int rowsChecked, int differences) {
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String key(UUID item, UUID warehouse) {
        return item + "|" + warehouse;
    }
}
