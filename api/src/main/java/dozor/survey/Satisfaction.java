package dozor.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Customer satisfaction over the surveys offered in the last {@code days} days (goal from the brief: CSAT and NPS
 * of 70 and more).
 *
 * @param sent surveys offered (a link issued on closure)
 * @param answered of those, answered by the customer
 * @param responseRate answered / sent, percent
 * @param csatAverage mean CSAT (1–5); null before the first answer
 * @param csatPercent share of CSAT answers of 4 or 5, percent; null before the first answer
 * @param nps promoters (9–10) minus detractors (0–6), percent of NPS answers, −100…100; null before the first answer
 */
public record Satisfaction(int days, long sent, long answered, BigDecimal responseRate, BigDecimal csatAverage,
        BigDecimal csatPercent, BigDecimal nps, long promoters, long passives, long detractors) {

    public static Satisfaction of(int days, long sent, long answered, long csatAnswers, long csatSum, long satisfied,
            long promoters, long passives, long detractors) {
        long npsAnswers = promoters + passives + detractors;
        return new Satisfaction(days, sent, answered, percent(answered, sent),
                csatAnswers == 0 ? null
                        : BigDecimal.valueOf(csatSum).divide(BigDecimal.valueOf(csatAnswers), 2, RoundingMode.HALF_UP),
                csatAnswers == 0 ? null : percent(satisfied, csatAnswers),
                npsAnswers == 0 ? null : percent(promoters - detractors, npsAnswers), promoters, passives,
                detractors);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
