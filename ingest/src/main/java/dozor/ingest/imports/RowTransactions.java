package dozor.ingest.imports;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows are written in chunks, one transaction each, every row under a savepoint of its own: a bad row rolls back
 * to its savepoint and the chunk goes on, and the commit (an fsync) is paid once per chunk instead of once per
 * row. Chunks stay under 64 rows, the subtransactions PostgreSQL tracks per transaction without spilling.
 */
@Component
class RowTransactions {

    static final int CHUNK = 50;

    private final TransactionTemplate chunk;

    private final TransactionTemplate readOnlyChunk;

    private final TransactionTemplate row;

    RowTransactions(PlatformTransactionManager transactions) {
        chunk = new TransactionTemplate(transactions);
        readOnlyChunk = new TransactionTemplate(transactions);
        readOnlyChunk.setReadOnly(true);
        row = new TransactionTemplate(transactions);
        row.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Runs {@code each} over the items, a chunk per transaction (read-only for a dry run). */
    <T> void inChunks(List<T> items, boolean readOnly, Consumer<T> each) {
        TransactionTemplate template = readOnly ? readOnlyChunk : chunk;
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<T> part = items.subList(from, Math.min(items.size(), from + CHUNK));
            template.executeWithoutResult(status -> part.forEach(each));
        }
    }

    /** One row's writes: all or nothing, without disturbing the chunk. */
    <T> T row(Supplier<T> work) {
        return row.execute(status -> work.get());
    }

    /** Something written once, after the rows (the audit record of the import). */
    void once(Runnable work) {
        chunk.executeWithoutResult(status -> work.run());
    }
}
