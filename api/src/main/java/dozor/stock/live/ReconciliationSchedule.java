package dozor.stock.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reconciles the ledger with the live stock every {@code dozor.stock.reconciliation.interval} (PT15M). Off with
 * {@code dozor.stock.reconciliation.enabled=false}, and idle while no streams app is configured (as in most tests).
 */
@Component
@ConditionalOnProperty(name = "dozor.stock.reconciliation.enabled", havingValue = "true", matchIfMissing = true)
class ReconciliationSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationSchedule.class);

    private final StockReconciliation reconciliation;

    private final LiveStockClient live;

    ReconciliationSchedule(StockReconciliation reconciliation, LiveStockClient live) {
        this.reconciliation = reconciliation;
        this.live = live;
    }

    @Scheduled(fixedDelayString = "${dozor.stock.reconciliation.interval:PT15M}",
            initialDelayString = "${dozor.stock.reconciliation.interval:PT15M}")
    void run() {
        if (!live.configured()) {
            return;
        }
        try {
            Reconciliation r = reconciliation.run("SCHEDULE");
            if (r.differences().isEmpty()) {
                log.info("Stock reconciliation: {} rows agree ({} behind)", r.rowsChecked(), r.rowsBehind());
            }
            else {
                log.warn("Stock reconciliation: {} differences in {} rows: {}", r.differences().size(),
                        r.rowsChecked(), r.differences().subList(0, Math.min(10, r.differences().size())));
            }
        }
        catch (LiveStockUnavailable ex) {
            log.info("Stock reconciliation skipped: the streams app is not answering");
        }
    }
}
