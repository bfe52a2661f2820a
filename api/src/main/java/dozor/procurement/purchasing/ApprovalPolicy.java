package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import dozor.api.security.Role;
import dozor.procurement.purchasing.PurchasingProperties.Threshold;

/**
 * Who may approve a purchase request of a given estimated amount: a role whose threshold covers the amount (a role
 * with a higher threshold also approves smaller amounts). Never the person who created the request.
 */
public final class ApprovalPolicy {

    private final List<Threshold> thresholds;

    public ApprovalPolicy(List<Threshold> thresholds) {
        this.thresholds = List.copyOf(thresholds);
    }

    /** Whether any of {@code roles} covers {@code amount}. */
    public boolean mayApprove(Set<String> roles, BigDecimal amount) {
        return thresholds.stream().anyMatch(t -> roles.contains(t.role().name()) && covers(t, amount));
    }

    /** The roles that may approve {@code amount}, in the configured order; named in a refusal. */
    public List<Role> approvers(BigDecimal amount) {
        return thresholds.stream().filter(t -> covers(t, amount)).map(Threshold::role).toList();
    }

    private static boolean covers(Threshold t, BigDecimal amount) {
        return t.upTo() == null || amount.compareTo(t.upTo()) <= 0;
    }
}
