package dozor.streams.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dozor.calendar.BusinessCalendar;
import dozor.calendar.CalendarDefinition;
import dozor.calendar.Interval;
import dozor.calendar.WorkingHours;
import dozor.clocks.Clock;
import dozor.clocks.RequestClocks;
import dozor.clocks.SlaPolicy;
import dozor.events.EventJson;
import dozor.events.reference.SlaSettingsPublished;
import dozor.events.requests.RequestRegistered;

/** Published settings replace the policy and calendars the clocks run on; older ones are ignored. */
class SlaReferenceListenerTests {

    static SlaSettingsPublished settings(int version, Duration p1FirstResponse) {
        SlaPolicy d = SlaPolicy.defaults();
        var targets = new java.util.HashMap<>(d.targets());
        targets.put(SlaPolicy.ANY_TIER, Map.of("P1", new SlaPolicy.Targets(p1FirstResponse, Duration.ofHours(8)),
                "P4", new SlaPolicy.Targets(Duration.ofHours(24), Duration.ofHours(80))));
        SlaPolicy policy = new SlaPolicy(version, targets, d.legTargets(), d.pausingStatuses(), d.warnAt(),
                d.ladder(), "desk", Map.of());
        BusinessCalendar desk = BusinessCalendar.of(WorkingHours.weekdays(Interval.of("10:00", "12:00")));
        var json = SlaReference.JSON;
        var calendars = json.createObjectNode();
        calendars.set("desk", json.valueToTree(CalendarDefinition.of("desk", 1, desk)));
        // through the wire format, as the listener receives it
        return (SlaSettingsPublished) EventJson.read(EventJson.write(new SlaSettingsPublished(UUID.randomUUID(),
                Instant.now(), 1, version, json.valueToTree(policy), calendars)));
    }

    @Test
    void theClocksRunOnTheNewestPublishedSettings() {
        SlaReference reference = new SlaReference("business");
        SlaReferenceListener listener = new SlaReferenceListener(reference, "unused:9092");
        listener.apply(settings(5, Duration.ofHours(3)));
        listener.apply(settings(4, Duration.ofHours(1))); // an older document: ignored

        Instant monday10 = Instant.parse("2026-03-02T07:00:00Z"); // 10:00 in Minsk
        var registered = new RequestRegistered(UUID.randomUUID(), monday10, 2, UUID.randomUUID(), "З-2026-000001",
                "К", null, "DVR", "P1", monday10, UUID.randomUUID(), "STANDARD", "PAID_REPAIR", "OTHER", "API", null);
        RequestClocks clocks = reference.engine().apply(RequestClocks.empty(registered.requestId()), registered).state();
        // 3 h on a 10:00-12:00 desk: 2 h on Monday, 1 h on Tuesday.
        assertThat(clocks.clock(Clock.FIRST_RESPONSE).orElseThrow().dueAt())
                .isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
        assertThat(List.of(clocks.clock(Clock.FIRST_RESPONSE).orElseThrow().calendarId())).containsExactly("desk");
    }
}
