package dozor.finance.rates;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One rate as the National Bank's API gives it ({@code https://api.nbrb.by/exrates/rates?periodicity=0}):
 * {@code {"Cur_Abbreviation":"USD","Cur_Scale":1,"Cur_OfficialRate":3.2518,"Date":"2026-11-26T00:00:00"}}; its
 * other fields ({@code Cur_ID}, {@code Cur_Name}) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NbrbRate(@JsonProperty(CURRENCY) String abbreviation, @JsonProperty(SCALE) Integer scale,
        @JsonProperty(RATE) BigDecimal officialRate, @JsonProperty(DATE) String date) {

    static final String CURRENCY = "Cur_Abbreviation";

    static final String SCALE = "Cur_Scale";

    static final String RATE = "Cur_OfficialRate";

    static final String DATE = "Date";

    /** The names of currency, date, scale and rate, for refusals that name the bad field. */
    static final String[] FIELDS = { CURRENCY, DATE, SCALE, RATE };
}
