package dozor.ingest.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import dozor.api.audit.AuditLog;
import dozor.ingest.intake.IngestMessages;
import dozor.shared.Ids;

/**
 * Bulk migration of existing requests and customers from CSV or XLSX files. A dry run reports, row by row, what
 * applying the file would do and writes nothing; applying does it, row by row, and a bad row never stops the good
 * ones. Both can be repeated: what is in already is reported as a duplicate or a merge, never written twice.
 */
@Service
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    private final RequestsImport requests;

    private final CustomersImport customers;

    private final RowTransactions transactions;

    private final AuditLog audit;

    private final IngestMessages messages;

    Imports(RequestsImport requests, CustomersImport customers, RowTransactions transactions, AuditLog audit,
            IngestMessages messages) {
        this.requests = requests;
        this.customers = customers;
        this.transactions = transactions;
        this.audit = audit;
        this.messages = messages;
    }

    ImportReport run(ImportKind kind, boolean apply, String fileName, byte[] content, Locale locale) {
        long started = System.nanoTime();
        if (content.length > ImportLimits.MAX_BYTES) {
            throw ImportLimits.tooLarge();
        }
        Table table = TableReader.read(content, ImportLimits.MAX_ROWS);
        Columns columns = Columns.of(kind, table.header(), messages, locale);
        List<ImportReport.Row> rows = switch (kind) {
            case REQUESTS -> requests.run(table, columns, apply, locale);
            case CUSTOMERS -> customers.run(table, columns, apply, locale);
        };
        UUID id = Ids.newId();
        ImportReport report = new ImportReport(id, kind.parameter(), apply ? "apply" : "dry-run", fileName,
                table.format(), table.delimiter(), columns.ignored(), ImportReport.Totals.of(rows), rows);
        if (apply) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("kind", report.kind());
            summary.put("fileName", fileName);
            summary.put("format", report.format());
            summary.put("totals", report.totals());
            transactions.once(() -> audit.record("IMPORTED", "Import", id.toString(), null, summary));
        }
        log.info("Import {} {} of {} ({} rows): {} in {} ms", report.mode(), kind.parameter(), fileName,
                rows.size(), report.totals(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }
}
