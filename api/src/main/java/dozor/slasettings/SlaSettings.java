package dozor.slasettings;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.calendar.CalendarDefinition;
import dozor.clocks.Calendars;
import dozor.clocks.SlaPolicy;
import dozor.events.reference.SlaSettingsPublished;
import dozor.shared.Ids;
import dozor.slasettings.internal.SettingsStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SLA policy and business calendars that every clock runs on. Seeded with Dozor's defaults at first start
 * (support desk 08–20 daily, office Mon–Fri with lunch, Belarus holidays and transfers 2025–2027); each edit is
 * audited and published whole, in its transaction, as {@link SlaSettingsPublished} for the streams app and batch.
 */
@Service
@Order(5)
public class SlaSettings implements ApplicationRunner {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final SettingsStore store;

    private final Outbox outbox;

    private final AuditLog audit;

    private final Clock clock;

    private final TransactionTemplate tx;

    SlaSettings(SettingsStore store, Outbox outbox, AuditLog audit, Clock clock, TransactionTemplate tx) {
        this.store = store;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            store.lock();
            if (!store.calendars().isEmpty()) {
                return;
            }
            Calendars.defaults().byId().forEach((id, calendar) -> store.saveCalendar(id,
                    JSON.writeValueAsString(CalendarDefinition.of(id, 0, calendar)), 0, "system"));
            store.savePolicy(JSON.writeValueAsString(SlaPolicy.defaults()), SlaPolicy.defaults().version(), "system");
            publish();
        });
    }

    @Transactional(readOnly = true)
    public Map<String, CalendarDefinition> calendars() {
        Map<String, CalendarDefinition> all = new TreeMap<>();
        store.calendars().forEach((id, json) -> all.put(id, JSON.readValue(json, CalendarDefinition.class)));
        return all;
    }

    @Transactional(readOnly = true)
    public CalendarDefinition calendar(String id) {
        return store.calendar(id).map(json -> JSON.readValue(json, CalendarDefinition.class))
                .orElseThrow(() -> new SettingsNotFound("Календарь " + id + " не найден"));
    }

    /** Saves a calendar (new or edited) under the next revision and publishes the settings. */
    @Transactional
    public CalendarDefinition saveCalendar(String id, CalendarDefinition edited) {
        store.lock();
        int version = store.calendarVersion(id) + 1;
        CalendarDefinition saved = new CalendarDefinition(id, edited.zone(), edited.weekly(), edited.exceptions(),
                version);
        String before = store.calendar(id).orElse(null);
        store.saveCalendar(id, JSON.writeValueAsString(saved), version, AuditLog.currentActor());
        audit.record("CALENDAR_SAVED", "SlaCalendar", id, before == null ? null : JSON.readTree(before), saved);
        publish();
        return saved;
    }

    @Transactional(readOnly = true)
    public SlaPolicy policy() {
        return store.policy().map(json -> JSON.readValue(json, SlaPolicy.class)).orElse(SlaPolicy.defaults());
    }

    @Transactional
    public SlaPolicy savePolicy(SlaPolicy edited) {
        store.lock();
        Map<String, CalendarDefinition> calendars = calendars();
        for (String id : edited.departmentCalendars().values()) {
            if (!calendars.containsKey(id)) {
                throw new IllegalArgumentException("Нет календаря " + id);
            }
        }
        if (!calendars.containsKey(edited.supportCalendar())) {
            throw new IllegalArgumentException("Нет календаря " + edited.supportCalendar());
        }
        SlaPolicy saved = new SlaPolicy(store.policyVersion() + 1, edited.targets(), edited.legTargets(),
                edited.pausingStatuses(), edited.warnAt(), edited.ladder(), edited.supportCalendar(),
                edited.departmentCalendars());
        SlaPolicy before = policy();
        store.savePolicy(JSON.writeValueAsString(saved), saved.version(), AuditLog.currentActor());
        audit.record("SLA_POLICY_SAVED", "SlaPolicy", "1", before, saved);
        publish();
        return saved;
    }

    private void publish() {
        ObjectNode calendars = JSON.createObjectNode();
        store.calendars().forEach((id, json) -> calendars.set(id, JSON.readTree(json)));
        JsonNode policy = JSON.readTree(store.policy().orElseThrow());
        outbox.append(new SlaSettingsPublished(Ids.newId(), clock.instant(), SlaSettingsPublished.CURRENT_VERSION,
                store.settingsVersion(), policy, calendars));
    }
}
