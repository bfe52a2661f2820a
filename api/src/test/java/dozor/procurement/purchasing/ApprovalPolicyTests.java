package dozor.procurement.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;

class ApprovalPolicyTests {

    ApprovalPolicy policy = new ApprovalPolicy(new PurchasingProperties(null, null).approval().thresholds());

    @Test
    void eachRoleApprovesUpToItsThresholdInclusive() {
        assertThat(policy.mayApprove(Set.of("PROCUREMENT"), new BigDecimal("1000.00"))).isTrue();
        assertThat(policy.mayApprove(Set.of("PROCUREMENT"), new BigDecimal("1000.01"))).isFalse();
        assertThat(policy.mayApprove(Set.of("MANAGER"), new BigDecimal("10000"))).isTrue();
        assertThat(policy.mayApprove(Set.of("MANAGER"), new BigDecimal("10000.01"))).isFalse();
        assertThat(policy.mayApprove(Set.of("ADMIN"), new BigDecimal("1000000"))).isTrue();
    }

    @Test
    void aHigherThresholdAlsoCoversSmallAmounts() {
        assertThat(policy.mayApprove(Set.of("MANAGER"), new BigDecimal("5"))).isTrue();
        assertThat(policy.approvers(new BigDecimal("5"))).containsExactly(Role.PROCUREMENT, Role.MANAGER, Role.ADMIN);
        assertThat(policy.approvers(new BigDecimal("5000"))).containsExactly(Role.MANAGER, Role.ADMIN);
    }

    @Test
    void rolesWithoutAThresholdNeverApprove() {
        assertThat(policy.mayApprove(Set.of("WAREHOUSE", "ENGINEER"), BigDecimal.ONE)).isFalse();
    }

    @Test
    void configuredThresholdsReplaceTheDefaults() {
        var custom = new ApprovalPolicy(java.util.List.of(
                new PurchasingProperties.Threshold(Role.WAREHOUSE, new BigDecimal("50"))));
        assertThat(custom.mayApprove(Set.of("WAREHOUSE"), new BigDecimal("50"))).isTrue();
        assertThat(custom.mayApprove(Set.of("ADMIN"), BigDecimal.ONE)).isFalse();
    }
}
