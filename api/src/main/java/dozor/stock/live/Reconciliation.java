package dozor.stock.live;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of comparing the ledger with the streams' live state.
 *
 * @param rowsChecked item × warehouse rows on either side
 * @param rowsBehind rows where the streams have not yet applied the ledger's newest line (lag, not a difference)
 */
public record Reconciliation(Instant checkedAt, int rowsChecked, int rowsBehind, List<Difference> differences) {

    public enum Kind {
        /** On hand differs from the sum of the ledger's lines up to the line the streams have applied. */
        ON_HAND,
        /** Reserved differs although the streams have caught up with the row. */
        RESERVED,
        /** The ledger has the row (with lines older than the grace period); the streams do not. */
        MISSING_IN_STREAMS,
        /** The streams have a row the ledger does not know. */
        MISSING_IN_LEDGER,
        /** Within the ledger: the balance row is not the sum of its lines. */
        LEDGER_BALANCE
    }

    /**
     * One difference.
     *
     * @param ledger the ledger's figure (null when the ledger lacks the row)
     * @param streams the streams' figure (null when the streams lack the row)
     * @param appliedSeq the last ledger line the streams applied to the row
     * @param ledgerSeq the ledger's last line of the row
     */
    public record Difference(Kind kind, UUID itemId, UUID warehouseId, BigDecimal ledger, BigDecimal streams,
            Long appliedSeq, Long ledgerSeq) {
    }
}
