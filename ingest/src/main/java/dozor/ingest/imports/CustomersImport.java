package dozor.ingest.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import dozor.ingest.intake.FieldChecks;
import dozor.ingest.intake.FieldProblem;
import dozor.ingest.intake.IngestMessages;

/**
 * Migrated customers: each row resolved to a counterparty the way every channel resolves one (by УНП, phone,
 * e-mail), so a known customer is merged (gaps filled, the tier set when the file names one) and never doubled.
 */
@Component
class CustomersImport {

    private static final Logger log = LoggerFactory.getLogger(CustomersImport.class);

    private final Counterparties counterparties;

    private final FieldChecks checks;

    private final IngestMessages messages;

    private final RowTransactions transactions;

    CustomersImport(Counterparties counterparties, FieldChecks checks, IngestMessages messages,
            RowTransactions transactions) {
        this.counterparties = counterparties;
        this.checks = checks;
        this.messages = messages;
        this.transactions = transactions;
    }

    private record Valid(int index, int line, CustomerFields fields) {
    }

    List<Row> run(Table table, Columns columns, boolean apply, Locale locale) {
        Row[] rows = new Row[table.rows().size()];
        List<Valid> valid = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            Table.Row row = table.rows().get(i);
            CustomerFields fields = CustomerFields.of(columns.values(row));
            List<FieldProblem> problems = new ArrayList<>(checks.check(fields, CustomerFields.NAMES, locale));
            if (!fields.identifiable()) {
                problems.add(new FieldProblem(null, messages.get(locale, "ingest.import.customer.unidentifiable")));
            }
            if (problems.isEmpty()) {
                valid.add(new Valid(i, row.line(), fields));
            }
            else {
                rows[i] = Row.rejected(row.line(), problems);
            }
        }
        if (apply) {
            transactions.inChunks(valid, false, v -> rows[v.index()] = resolve(v, locale));
        }
        else {
            PendingCustomers pending = new PendingCustomers();
            transactions.inChunks(valid, true, v -> rows[v.index()] = predict(v, pending));
        }
        return Arrays.asList(rows);
    }

    private Row resolve(Valid v, Locale locale) {
        try {
            Resolution resolution = transactions.row(() -> {
                Resolution r = counterparties.resolve(v.fields().details());
                if (v.fields().customerTier() != null && v.fields().customerTier() != r.counterparty().tier()) {
                    counterparties.changeTier(r.counterparty().id(), v.fields().customerTier());
                }
                return r;
            });
            return new Row(v.line(), resolution.created() ? Outcome.CREATED : Outcome.MERGED, null, null,
                    resolution.counterparty().id(), resolution.matchedBy(), null, List.of());
        }
        catch (DataIntegrityViolationException | IllegalArgumentException ex) {
            log.warn("Import: line {} refused by the customers feature: {}", v.line(), ex.getMessage());
            return Row.rejected(v.line(), List.of(new FieldProblem(null, messages.get(locale, "ingest.import.refused"))));
        }
    }

    private Row predict(Valid v, PendingCustomers pending) {
        CustomerDetails details = v.fields().details();
        Optional<Resolution> known = counterparties.match(details);
        if (known.isPresent()) {
            return new Row(v.line(), Outcome.MERGED, null, null, known.get().counterparty().id(),
                    known.get().matchedBy(), null, List.of());
        }
        Optional<PendingCustomers.Match> inFile = pending.match(details);
        pending.add(details, v.line());
        return inFile.map(m -> new Row(v.line(), Outcome.MERGED, null, null, null, m.by(), m.line(), List.<FieldProblem>of()))
                .orElseGet(() -> new Row(v.line(), Outcome.CREATED, null, null, null, "NEW", null, List.of()));
    }
}
