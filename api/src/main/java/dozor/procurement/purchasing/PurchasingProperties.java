package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dozor.api.security.Role;

/**
 * Purchasing settings. {@code dozor.procurement.approval.thresholds[i].role} / {@code .up-to}: the largest
 * estimated amount (BYN) each role may approve; a threshold without {@code up-to} has no limit. Defaults: up to
 * 1,000 BYN procurement, up to 10,000 the manager, above that the administrator. {@code
 * dozor.procurement.late-check.enabled} / {@code .interval}: the scheduled look for order lines past their
 * expected date (procurement is notified once per line).
 */
@ConfigurationProperties("dozor.procurement")
public record PurchasingProperties(Approval approval, LateCheck lateCheck) {

    public PurchasingProperties {
        if (approval == null || approval.thresholds() == null || approval.thresholds().isEmpty()) {
            approval = new Approval(List.of(new Threshold(Role.PROCUREMENT, new BigDecimal("1000")),
                    new Threshold(Role.MANAGER, new BigDecimal("10000")), new Threshold(Role.ADMIN, null)));
        }
        if (lateCheck == null) {
            lateCheck = new LateCheck(true, Duration.ofHours(1));
        }
    }

    public record Approval(List<Threshold> thresholds) {
    }

    /** {@code upTo} null: no limit. */
    public record Threshold(Role role, BigDecimal upTo) {
    }

    public record LateCheck(boolean enabled, Duration interval) {

        public LateCheck {
            if (interval == null) {
                interval = Duration.ofHours(1);
            }
        }
    }
}
