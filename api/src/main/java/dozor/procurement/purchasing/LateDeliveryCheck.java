package dozor.procurement.purchasing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for order lines that have become late every {@code dozor.procurement.late-check.interval} (one hour by
 * default, the first look one interval after start) and tells procurement. Off with {@code
 * dozor.procurement.late-check.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "dozor.procurement.late-check.enabled", havingValue = "true", matchIfMissing = true)
class LateDeliveryCheck {

    private static final Logger log = LoggerFactory.getLogger(LateDeliveryCheck.class);

    private final SupplierReports reports;

    LateDeliveryCheck(SupplierReports reports) {
        this.reports = reports;
    }

    @Scheduled(fixedDelayString = "${dozor.procurement.late-check.interval:PT1H}",
            initialDelayString = "${dozor.procurement.late-check.interval:PT1H}")
    void run() {
        int late = reports.announceLate();
        if (late > 0) {
            log.info("Purchase order lines newly late: {}", late);
        }
    }
}
