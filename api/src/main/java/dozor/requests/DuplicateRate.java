package dozor.requests;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Duplicate records among the requests registered in the last {@code days} days (goal from the brief: under 2 %).
 *
 * @param flagged suspected at registration as repeats of an open request, or merged later
 * @param merged merged by a dispatcher into the request they repeat: the confirmed duplicates
 * @param dismissed flagged, then kept as requests of their own
 * @param pending flagged and not yet decided
 * @param percent merged / registered, percent, two decimals
 */
public record DuplicateRate(int days, long registered, long flagged, long merged, long dismissed, long pending,
        BigDecimal percent) {

    public static DuplicateRate of(int days, long registered, long flagged, long merged, long dismissed, long pending) {
        BigDecimal percent = registered == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(100L * merged).divide(BigDecimal.valueOf(registered), 2, RoundingMode.HALF_UP);
        return new DuplicateRate(days, registered, flagged, merged, dismissed, pending, percent);
    }
}
