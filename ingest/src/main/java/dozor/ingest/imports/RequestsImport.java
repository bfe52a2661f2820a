package dozor.ingest.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import dozor.customers.Counterparties;
import dozor.customers.CustomerDetails;
import dozor.customers.Resolution;
import dozor.ingest.imports.ImportReport.Outcome;
import dozor.ingest.imports.ImportReport.Row;
import dozor.ingest.intake.ExternalId;
import dozor.ingest.intake.FieldChecks;
import dozor.ingest.intake.FieldProblem;
import dozor.ingest.intake.IngestMessages;
import dozor.ingest.intake.Intake;
import dozor.ingest.intake.RequestFields;
import dozor.requests.Channel;
import dozor.requests.ExternalReference;
import dozor.requests.RegisterServiceRequest;
import dozor.requests.Registration;
import dozor.requests.ServiceRequestManagement;
import dozor.requests.ServiceRequestView;
import dozor.shared.Minsk;

/**
 * Migrated requests: each valid row registered once under the external reference {@code import:<externalId>} at
 * the moment the file says it was registered, so importing the same file again creates nothing. A dry run asks the
 * domains the same questions without writing: is the reference registered, which customer would the row attach to.
 */
@Component
class RequestsImport {

    static final String SOURCE = "import";

    static final String REGISTERED_AT = "registeredAt";

    /** Older dates are spreadsheet accidents (Excel's day zero is 1900), not the company's history. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private static final Logger log = LoggerFactory.getLogger(RequestsImport.class);

    private final ServiceRequestManagement requests;

    private final Counterparties counterparties;

    private final Intake intake;

    private final FieldChecks checks;

    private final IngestMessages messages;

    private final RowTransactions transactions;

    private final Clock clock;

    RequestsImport(ServiceRequestManagement requests, Counterparties counterparties, Intake intake, FieldChecks checks,
            IngestMessages messages, RowTransactions transactions, Clock clock) {
        this.requests = requests;
        this.counterparties = counterparties;
        this.intake = intake;
        this.checks = checks;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A row that passed every check, ready to register. */
    private record Valid(int index, int line, RegisterServiceRequest command, Instant registeredAt) {

        CustomerDetails customer() {
            return new CustomerDetails(command.customerName(), command.unp(), command.contactPhone(),
                    command.contactEmail());
        }
    }

    List<Row> run(Table table, Columns columns, boolean apply, Locale locale) {
        Row[] rows = new Row[table.rows().size()];
        List<Valid> valid = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            Table.Row row = table.rows().get(i);
            Map<String, String> values = columns.values(row);
            List<FieldProblem> problems = new ArrayList<>();
            RequestFields fields = RequestFields.of(values);
            problems.addAll(checks.check(fields, RequestFields.NAMES, locale));
            Instant registeredAt = registeredAt(values.get(REGISTERED_AT), problems, locale);
            String externalId = blankToNull(values.get(ExternalId.FIELD));
            problems.addAll(checks.check(new ExternalId(externalId), List.of(ExternalId.FIELD), locale));
            if (problems.isEmpty()) {
                valid.add(new Valid(i, row.line(), fields.toCommand(Channel.IMPORT,
                        new ExternalReference(SOURCE, externalId)), registeredAt));
            }
            else {
                rows[i] = Row.rejected(row.line(), problems);
            }
        }
        if (apply) {
            transactions.inChunks(valid, false, v -> rows[v.index()] = register(v, locale));
        }
        else {
            Map<String, Integer> seen = new HashMap<>();
            PendingCustomers pending = new PendingCustomers();
            transactions.inChunks(valid, true, v -> rows[v.index()] = predict(v, seen, pending));
        }
        return Arrays.asList(rows);
    }

    private Row register(Valid v, Locale locale) {
        try {
            Optional<Resolution> known = counterparties.match(v.customer());
            Registration registration = intake.registerOnce(v.command(), v.registeredAt());
            ServiceRequestView r = registration.request();
            return registration.created()
                    ? new Row(v.line(), Outcome.CREATED, r.number(), r.id(), r.customerId(),
                            known.map(Resolution::matchedBy).orElse("NEW"), null, List.of())
                    : new Row(v.line(), Outcome.DUPLICATE, r.number(), r.id(), r.customerId(), null, null, List.of());
        }
        catch (DataIntegrityViolationException | IllegalArgumentException ex) {
            // Our checks mirror the domain's; what still slips through is the row's fault, not the import's.
            log.warn("Import: line {} refused by the requests feature: {}", v.line(), ex.getMessage());
            return Row.rejected(v.line(), List.of(new FieldProblem(null, messages.get(locale, "ingest.import.refused"))));
        }
    }

    private Row predict(Valid v, Map<String, Integer> seen, PendingCustomers pending) {
        Integer earlier = seen.putIfAbsent(v.command().external().id(), v.line());
        if (earlier != null) {
            return new Row(v.line(), Outcome.DUPLICATE, null, null, null, null, earlier, List.of());
        }
        Optional<ServiceRequestView> existing = requests.findByExternal(v.command().external());
        if (existing.isPresent()) {
            ServiceRequestView r = existing.get();
            return new Row(v.line(), Outcome.DUPLICATE, r.number(), r.id(), r.customerId(), null, null, List.of());
        }
        CustomerDetails customer = v.customer();
        Optional<Resolution> known = counterparties.match(customer);
        if (known.isPresent()) {
            return new Row(v.line(), Outcome.CREATED, null, null, known.get().counterparty().id(),
                    known.get().matchedBy(), null, List.of());
        }
        Optional<PendingCustomers.Match> inFile = pending.match(customer);
        pending.add(customer, v.line());
        return new Row(v.line(), Outcome.CREATED, null, null, null, inFile.map(PendingCustomers.Match::by).orElse("NEW"),
                inFile.map(PendingCustomers.Match::line).orElse(null), List.of());
    }

    private Instant registeredAt(String text, List<FieldProblem> problems, Locale locale) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(REGISTERED_AT, messages.get(locale, "ingest.import.registeredAt.missing")));
            return null;
        }
        Optional<Instant> at = RegisteredAt.parse(text);
        if (at.isEmpty()) {
            problems.add(new FieldProblem(REGISTERED_AT, messages.get(locale, "ingest.import.registeredAt.format")));
            return null;
        }
        if (at.get().isAfter(clock.instant())) {
            problems.add(new FieldProblem(REGISTERED_AT, messages.get(locale, "ingest.import.registeredAt.future")));
        }
        else if (at.get().isBefore(EARLIEST.atStartOfDay(Minsk.ZONE).toInstant())) {
            problems.add(new FieldProblem(REGISTERED_AT, messages.get(locale, "ingest.import.registeredAt.tooEarly",
                    String.valueOf(EARLIEST.getYear()))));
        }
        return at.get();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
