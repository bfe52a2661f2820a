package dozor.stock.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.events.stock.StockMovementRecorded;
import dozor.stock.MovementView;
import dozor.stock.StockException;
import dozor.stock.internal.Balances.Row;
import dozor.stock.internal.Postings.Applied;
import dozor.stock.internal.Postings.Posting;

/**
 * Posts a batch of movements without serial numbers as {@link Postings#post} posts each of them, in a handful of
 * statements instead of six per line: every balance row the batch touches is locked at once (in
 * {@link Balances#LOCK_ORDER}, so batches over the same rows queue instead of deadlocking), the lines are applied in
 * order in memory by the same rule ({@link Postings#apply}), then the ledger lines (one multi-row INSERT, whose
 * identity numbers them in line order), the balances, the audit records (one per line, as a single posting writes)
 * and the events are written as JDBC batches. A refusal throws {@link Refused} naming the line before anything is
 * written.
 */
@Component
public class BatchPostings {

    private final Balances balances;

    private final Movements movements;

    private final AuditLog audit;

    private final Outbox outbox;

    private final Clock clock;

    BatchPostings(Balances balances, Movements movements, AuditLog audit, Outbox outbox, Clock clock) {
        this.balances = balances;
        this.movements = movements;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A line of the batch was refused: its index and the refusal a single posting would have given. */
    public static final class Refused extends RuntimeException {

        private final int line;

        private final transient StockException refusal;

        Refused(int line, StockException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.line = line;
            this.refusal = refusal;
        }

        public int line() {
            return line;
        }

        public StockException refusal() {
            return refusal;
        }
    }

    /** Whether {@link #postAll} takes these lines: serial units are locked and checked line by line instead. */
    public static boolean takes(List<Posting> lines) {
        return lines.stream().allMatch(p -> p.serial() == null && !p.item().serialTracked() && !p.reserved());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<MovementView> postAll(List<Posting> lines) {
        if (!takes(lines)) {
            throw new IllegalArgumentException("Serial-tracked or reserved lines are posted one by one");
        }
        Instant now = clock.instant();
        String actor = AuditLog.currentActor();
        Map<Row, Balance> locked = balances.lockAll(lines.stream().map(BatchPostings::row).toList());
        Map<Row, Balance> current = new HashMap<>(locked);
        List<MovementView> unnumbered = new ArrayList<>(lines.size());
        List<Balance> before = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Posting p = lines.get(i);
            try {
                BigDecimal quantity = Postings.checkQuantity(p.item(), p.quantity(), null);
                Balance was = current.get(row(p));
                Applied applied = Postings.apply(p, quantity, was, null);
                current.put(row(p), applied.after());
                before.add(was);
                unnumbered.add(Postings.line(p, quantity, applied, actor, now));
            }
            catch (StockException ex) {
                throw new Refused(i, ex);
            }
        }
        balances.writeAll(locked, current);
        List<MovementView> appended = movements.appendAll(unnumbered);
        List<AuditLog.Change> changes = new ArrayList<>(lines.size());
        List<StockMovementRecorded> events = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            MovementView movement = appended.get(i);
            changes.add(new AuditLog.Change(Postings.action(lines.get(i)), "StockMovement", movement.id().toString(),
                    before.get(i), movement));
            events.add(Postings.event(lines.get(i), movement, now));
        }
        audit.recordAll(changes);
        outbox.appendAll(events);
        return appended;
    }

    private static Row row(Posting p) {
        return new Row(p.item().id(), p.warehouseId());
    }
}
