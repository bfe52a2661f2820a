package dozor.ingest.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;

import dozor.api.settings.AppSettings;
import dozor.requests.Channel;
import dozor.requests.Priority;
import dozor.requests.RegisterServiceRequest;
import dozor.requests.ServiceRequestManagement;
import dozor.shared.Minsk;
import dozor.shared.PhoneNumber;
import dozor.shared.Unp;

/**
 * Demo requests for a new installation: a month of plausible intake (customers and devices from CSV files),
 * registered through the requests feature's public API, so they travel the whole platform like real ones.
 * Loaded once: the flag and the requests commit together.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "dozor.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String FLAG = "demo.loaded";

    private final ServiceRequestManagement requests;

    private final AppSettings settings;

    private final TransactionTemplate tx;

    private final Clock clock;

    DemoData(ServiceRequestManagement requests, AppSettings settings, TransactionTemplate tx, Clock clock) {
        this.requests = requests;
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
            for (int i = 0; i < commands.size(); i++) {
                requests.register(commands.get(i), times.get(i));
            }
            return commands.size();
        });
        if (loaded != null) {
            log.info("Loaded {} demo requests", loaded);
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
