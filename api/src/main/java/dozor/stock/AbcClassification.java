package dozor.stock;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import dozor.stock.Catalogue.AbcOutcome;
import dozor.stock.internal.AnalyticsClient;

/**
 * Fills the catalogue's ABC classes from the analytics: batch computes them from 13 weeks of consumption
 * (the warehouse's {@code stock_abc_xyz} mart); this asks batch for them and sets them on items whose class no user has set by
 * hand. On demand ({@code POST /api/v1/stock/abc-classes/apply}) and on a schedule
 * ({@code dozor.stock.abc.interval}, default every 6 hours, when the batch service is configured).
 */
@Service
public class AbcClassification {

    private static final Logger log = LoggerFactory.getLogger(AbcClassification.class);

    private final AnalyticsClient analytics;

    private final Catalogue catalogue;

    private final boolean scheduled;

    AbcClassification(AnalyticsClient analytics, Catalogue catalogue,
            @Value("${dozor.stock.abc.scheduled:true}") boolean scheduled) {
        this.analytics = analytics;
        this.catalogue = catalogue;
        this.scheduled = scheduled;
    }

    public AbcOutcome apply() {
        Map<java.util.UUID, AbcClass> classes = new LinkedHashMap<>();
        for (var row : analytics.abcXyz()) {
            if (row.itemId() != null && row.abcClass() != null) {
                classes.put(row.itemId(), AbcClass.valueOf(row.abcClass()));
            }
        }
        return catalogue.classify(classes);
    }

    @Scheduled(initialDelayString = "${dozor.stock.abc.first-run:PT10M}",
            fixedDelayString = "${dozor.stock.abc.interval:PT6H}")
    void onSchedule() {
        if (!scheduled || !analytics.configured()) {
            return;
        }
        try {
            AbcOutcome outcome = apply(); // no user: audited as "system"
            log.info("ABC classes from the analytics: {}", outcome);
        }
        catch (AnalyticsClient.Unavailable ex) {
            log.info("ABC classes not refreshed: {}", ex.getMessage());
        }
    }
}
