package dozor.streams.sla;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dozor.clocks.Calendars;
import dozor.clocks.ClockEngine;
import dozor.clocks.SlaPolicy;

/**
 * The policy and calendars the clocks run on. Dozor's defaults (business calendars of Belarus, default targets);
 * {@code dozor.sla.calendars=always} runs every clock 24×7 instead.
 */
@Component
public class SlaReference {

    static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private volatile ClockEngine engine;

    SlaReference(@Value("${dozor.sla.calendars:business}") String calendars) {
        this.engine = new ClockEngine(SlaPolicy.defaults(),
                "always".equals(calendars) ? Calendars.always() : Calendars.defaults());
    }

    public ClockEngine engine() {
        return engine;
    }

    /** Replaces the policy and calendars; clocks use them from their next event or tick. */
    public void update(SlaPolicy policy, Calendars calendars) {
        this.engine = new ClockEngine(policy, calendars);
    }
}
