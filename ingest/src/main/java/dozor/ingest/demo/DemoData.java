package dozor.ingest.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;

import dozor.api.settings.AppSettings;
import dozor.api.time.EventTimeClock;
import dozor.requests.Channel;
import dozor.requests.Priority;
import dozor.requests.RegisterServiceRequest;
import dozor.requests.RequestAction;
import dozor.requests.RequestStatus;
import dozor.requests.ServiceRequestManagement;
import dozor.shared.Minsk;
import dozor.shared.PhoneNumber;
import dozor.shared.Unp;
import dozor.survey.Surveys;
import dozor.work.WorkManagement;
import dozor.work.WorkTaskView;

/**
 * Demo requests for a new installation: a month of plausible intake (customers and devices from CSV files),
 * registered through the requests feature's public API, so they travel the whole platform like real ones, and then
 * lived through at the times they would have happened (triage, the departments' tasks, closure, the customer's
 * survey): older requests are closed and rated, recent ones are still in work, the newest wait for triage. Loaded
 * once: the flag and everything it creates commit together.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "dozor.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String FLAG = "demo.loaded";

    /** The newest requests wait for the dispatcher whatever the hour the platform is first started. */
    static final int WAITING = 5;

    private final ServiceRequestManagement requests;

    private final AppSettings settings;

    private final WorkManagement work;

    private final Surveys surveys;

    private final TransactionTemplate tx;

    private final EventTimeClock clock;

    DemoData(ServiceRequestManagement requests, WorkManagement work, Surveys surveys, AppSettings settings,
            TransactionTemplate tx, EventTimeClock clock) {
        this.requests = requests;
        this.work = work;
        this.surveys = surveys;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer loaded = tx.execute(status -> {
            if (!settings.putIfAbsent(FLAG, clock.instant().toString())) {
                return null;
            }
            List<RegisterServiceRequest> commands = new ArrayList<>();
            List<Instant> times = new ArrayList<>();
            plan(commands, times);
            Random life = new Random(20261126L);
            Instant now = clock.instant();
            asTheAdministrator(() -> {
                for (int i = 0; i < commands.size(); i++) {
                    RegisterServiceRequest command = commands.get(i);
                    Instant at = times.get(i);
                    UUID id = clock.at(at, () -> requests.register(command, at)).id();
                    if (i < commands.size() - WAITING) {
                        live(id, at, now, life);
                    }
                }
            });
            return commands.size();
        });
        if (loaded != null) {
            log.info("Loaded {} demo requests", loaded);
        }
    }

    /**
     * What would have happened to a request registered at {@code registeredAt} by {@code now}: each step at a
     * working moment some time after the previous one, stopping at the first step still in the future.
     */
    void live(UUID id, Instant registeredAt, Instant now, Random random) {
        Instant t = working(registeredAt.plus(Duration.ofMinutes(10 + random.nextInt(80))), random);
        if (t.isAfter(now)) {
            return;
        }
        clock.at(t, () -> requests.transition(id, RequestAction.TRIAGE, null));
        while (true) {
            Map<UUID, WorkTaskView> tasks = new LinkedHashMap<>();
            work.tasksOf(id).forEach(task -> tasks.put(task.id(), task));
            Optional<WorkTaskView> next = tasks.values().stream().filter(task -> task.status().isOpen())
                    .filter(task -> task.dependsOn() == null || !tasks.get(task.dependsOn()).status().isOpen())
                    .findFirst();
            if (next.isEmpty()) {
                break;
            }
            t = working(t.plus(Duration.ofMinutes(40 + random.nextInt(400))), random);
            if (t.isAfter(now)) {
                return;
            }
            clock.at(t, () -> work.complete(next.get().id(), "Выполнено"));
        }
        RequestStatus status = requests.find(id).orElseThrow().status();
        if (status == RequestStatus.TRIAGED || status == RequestStatus.IN_PROGRESS) {
            t = working(t.plus(Duration.ofMinutes(30 + random.nextInt(240))), random);
            if (t.isAfter(now)) {
                return;
            }
            if (status == RequestStatus.TRIAGED) {
                clock.at(t, () -> requests.transition(id, RequestAction.START, null));
            }
            clock.at(t, () -> requests.transition(id, RequestAction.MARK_READY, null));
        }
        t = working(t.plus(Duration.ofMinutes(60 + random.nextInt(1200))), random);
        if (t.isAfter(now)) {
            return;
        }
        clock.at(t, () -> requests.transition(id, RequestAction.CLOSE, null));
        Instant answered = t.plus(Duration.ofMinutes(30 + random.nextInt(2400)));
        if (random.nextInt(100) < 65 && !answered.isAfter(now)) {
            String url = clock.at(answered, () -> surveys.offer(id));
            String token = url.substring(url.lastIndexOf('/') + 1);
            int csat = pick(random, new int[] { 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 3, 2 });
            int nps = pick(random, new int[] { 10, 10, 10, 10, 9, 9, 9, 9, 8, 8, 7, 6, 5, 3 });
            String comment = csat >= 4 ? pick(random, PRAISE) : pick(random, COMPLAINTS);
            clock.at(answered, () -> surveys.answer(token, csat, nps, comment));
        }
    }

    private static final String[] PRAISE = { "Быстро и аккуратно, спасибо!", "Мастер всё объяснил", "",
            "Починили раньше срока", "Вежливо и по делу" };

    private static final String[] COMPLAINTS = { "Долго ждали запчасть", "Пришлось несколько раз звонить",
            "Курьер опоздал" };

    private static int pick(Random random, int[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String pick(Random random, String[] values) {
        String value = values[random.nextInt(values.length)];
        return value.isEmpty() ? null : value;
    }

    /** The same moment if it is within working hours (Mon–Fri 9:00–18:00, Minsk), else the next working morning. */
    static Instant working(Instant at, Random random) {
        var local = at.atZone(Minsk.ZONE);
        if (local.getHour() >= 18) {
            local = local.plusDays(1).with(LocalTime.of(9, 0));
        }
        else if (local.getHour() < 9) {
            local = local.with(LocalTime.of(9, 0));
        }
        while (local.getDayOfWeek().getValue() >= 6) {
            local = local.plusDays(1).with(LocalTime.of(9, 0));
        }
        if (local.getHour() == 9 && local.getMinute() == 0) {
            local = local.plusMinutes(random.nextInt(50));
        }
        return local.toInstant();
    }

    /** The demo's work is done as the administrator, the one person a new installation has. */
    static void asTheAdministrator(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_DISPATCHER"),
                        new SimpleGrantedAuthority("ROLE_MANAGER"))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** About 30 days of intake, 1–6 requests a working day, fewer at weekends; seeded, so always the same mix. */
    void plan(List<RegisterServiceRequest> commands, List<Instant> times) {
        List<String[]> customers = read("customers.csv");
        List<String[]> devices = read("devices.csv");
        Random random = new Random(20261125L);
        LocalDate today = LocalDate.now(clock.withZone(Minsk.ZONE));
        Instant now = clock.instant();
        for (int daysAgo = 30; daysAgo >= 0; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            int count = weekend ? random.nextInt(2) : 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                Instant at = day.atTime(LocalTime.of(8 + random.nextInt(11), random.nextInt(60)))
                        .atZone(Minsk.ZONE).toInstant();
                if (at.isAfter(now)) {
                    continue;
                }
                String[] customer = customers.get(random.nextInt(customers.size()));
                String[] device = devices.get(random.nextInt(devices.size()));
                // Every fourth request without a priority: the classification rules pick it, as for CRM intake.
                commands.add(RegisterServiceRequest.of(customer[0],
                        customer[1].isBlank() ? null : Unp.parse(customer[1]).orElseThrow(),
                        PhoneNumber.parse(customer[2]).orElseThrow(), device[0],
                        "SN" + (100000 + random.nextInt(900000)), device[1],
                        random.nextInt(4) == 0 ? null : priority(random), Channel.DEMO));
                times.add(at);
            }
        }
    }

    private static Priority priority(Random random) {
        int p = random.nextInt(100);
        return p < 10 ? Priority.P1 : p < 35 ? Priority.P2 : p < 75 ? Priority.P3 : Priority.P4;
    }

    private static List<String[]> read(String file) {
        List<String[]> rows = new ArrayList<>();
        try (Reader in = new InputStreamReader(DemoData.class.getResourceAsStream(file), StandardCharsets.UTF_8);
                CSVReaderHeaderAware csv = new CSVReaderHeaderAware(in)) {
            String[] row;
            while ((row = csv.readNext()) != null) {
                rows.add(row);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (CsvValidationException ex) {
            throw new IllegalStateException("Bad demo file " + file, ex);
        }
        return rows;
    }
}
