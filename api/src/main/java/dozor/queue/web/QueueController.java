package dozor.queue.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.opencsv.CSVWriter;

import dozor.api.audit.AuditLog;
import dozor.queue.QueueEntry;
import dozor.queue.QueueFilter;
import dozor.queue.QueueSort;
import dozor.queue.RequestQueue;
import dozor.shared.Minsk;
import dozor.shared.PageResponse;
import dozor.sla.SlaLookup;
import dozor.sla.SlaStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request list: full-text search, filters, sorting and paging on the server; export to XLSX and CSV. */
@RestController
@Tag(name = "Заявки", description = "Service requests")
class QueueController {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(Minsk.ZONE);

    private static final List<String> COLUMNS = List.of("Номер", "Зарегистрирована", "Клиент", "Категория",
            "Тип устройства", "Модель", "Приоритет", "Статус", "Отделы", "Исполнители", "SLA", "Срок реакции");

    private final RequestQueue queue;

    private final SlaLookup sla;

    QueueController(RequestQueue queue, SlaLookup sla) {
        this.queue = queue;
        this.sla = sla;
    }

    /** A list row: the queue entry and the live SLA state from the streams side. */
    record QueueItem(UUID id, String number, UUID customerId, String customerName, String category, String deviceType,
            String deviceModel, String priority, String status, Instant registeredAt, Instant statusChangedAt,
            List<String> departments, List<String> assignees, String duplicateState, SlaStatus sla) {
    }

    @GetMapping("/api/v1/requests")
    @Operation(summary = "Search and filter service requests (server-side sorting and paging) with their live SLA")
    PageResponse<QueueItem> list(@RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) Set<@Pattern(regexp = "[A-Z_]{2,20}") String> status,
            @RequestParam(required = false) Set<@Pattern(regexp = "P[1-4]") String> priority,
            @RequestParam(required = false) Set<@Pattern(regexp = "[A-Z_]{2,20}") String> category,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2,20}") String department,
            @RequestParam(required = false) @Size(max = 40) String assignee,
            @RequestParam(required = false) Set<@Pattern(regexp = "[A-Z_]{2,20}") String> slaState,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean duplicates,
            @RequestParam(defaultValue = "NEWEST") QueueSort sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        QueueFilter filter = filter(q, status, priority, category, department, assignee, slaState, customerId, from, to,
                duplicates);
        PageResponse<QueueEntry> entries = queue.search(filter, sort, page, size);
        Map<UUID, SlaStatus> clocks = sla.lookup(entries.items().stream().map(QueueEntry::id).toList());
        return entries.map(e -> new QueueItem(e.id(), e.number(), e.customerId(), e.customerName(), e.category(),
                e.deviceType(), e.deviceModel(), e.priority(), e.status(), e.registeredAt(), e.statusChangedAt(),
                e.departments(), e.assignees(), e.duplicateState(), clocks.get(e.id())));
    }

    @GetMapping("/api/v1/requests/export")
    @Operation(summary = "The filtered list as XLSX or CSV (at most 100,000 rows)")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "xlsx") @Pattern(regexp = "xlsx|csv")
            String format, @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) Set<@Pattern(regexp = "[A-Z_]{2,20}") String> status,
            @RequestParam(required = false) Set<@Pattern(regexp = "P[1-4]") String> priority,
            @RequestParam(required = false) Set<@Pattern(regexp = "[A-Z_]{2,20}") String> category,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2,20}") String department,
            @RequestParam(required = false) @Size(max = 40) String assignee,
            @RequestParam(required = false) Set<@Pattern(regexp = "[A-Z_]{2,20}") String> slaState,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean duplicates,
            @RequestParam(defaultValue = "NEWEST") QueueSort sort) {
        QueueFilter filter = filter(q, status, priority, category, department, assignee, slaState, customerId, from, to,
                duplicates);
        String name = "zayavki-" + LocalDate.now(Minsk.ZONE) + "." + format;
        StreamingResponseBody body = "csv".equals(format) ? out -> csv(filter, sort, out) : out -> xlsx(filter, sort, out);
        MediaType type = "csv".equals(format) ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }

    private void csv(QueueFilter filter, QueueSort sort, OutputStream out) throws IOException {
        // A BOM so that Excel opens the Cyrillic text as UTF-8; semicolons, as Excel expects in Belarus.
        out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        CSVWriter csv = new CSVWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), ';',
                CSVWriter.DEFAULT_QUOTE_CHARACTER, CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n");
        csv.writeNext(COLUMNS.toArray(String[]::new), false);
        queue.export(filter, sort, e -> csv.writeNext(values(e).toArray(String[]::new), false));
        csv.flush();
    }

    private void xlsx(QueueFilter filter, QueueSort sort, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = book.createSheet("Заявки");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(COLUMNS.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] row = { 1 };
            queue.export(filter, sort, e -> {
                Row r = sheet.createRow(row[0]++);
                List<String> values = values(e);
                for (int i = 0; i < values.size(); i++) {
                    r.createCell(i).setCellValue(values.get(i));
                }
            });
            book.write(out);
            book.dispose();
        }
    }

    private static List<String> values(QueueEntry e) {
        return List.of(e.number(), HUMAN.format(e.registeredAt()), e.customerName(), e.category(), e.deviceType(),
                e.deviceModel(), e.priority(), e.status(), String.join(", ", e.departments()),
                String.join(", ", e.assignees()), e.slaState() == null ? "" : e.slaState(),
                e.slaDueAt() == null ? "" : HUMAN.format(e.slaDueAt()));
    }

    private static QueueFilter filter(String q, Set<String> status, Set<String> priority, Set<String> category,
            String department, String assignee, Set<String> slaState, UUID customerId, LocalDate from, LocalDate to,
            boolean duplicates) {
        String who = "me".equals(assignee) ? AuditLog.currentActor() : assignee;
        return new QueueFilter(q, nonNull(status), nonNull(priority), nonNull(category), department, who,
                nonNull(slaState), customerId, from, to, duplicates);
    }

    private static Set<String> nonNull(Set<String> s) {
        return s == null ? Set.of() : s;
    }
}
