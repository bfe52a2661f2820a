package dozor.ingest.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dozor.ingest.intake.FieldProblem;
import dozor.ingest.intake.IngestMessages;
import dozor.ingest.intake.IngestProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Интеграции", description = "Intake from outside systems")
class ImportController {

    private final Imports imports;

    private final IngestMessages messages;

    ImportController(Imports imports, IngestMessages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/ingest/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import requests or customers from a CSV (UTF-8, ; or ,) or XLSX file: a dry run reports "
            + "what would happen row by row, apply does it")
    ImportReport upload(@Parameter(description = "requests or customers") @RequestParam String kind,
            @Parameter(description = "dry-run (default) or apply") @RequestParam(defaultValue = "dry-run") String mode,
            @RequestPart("file") MultipartFile file) {
        Locale locale = LocaleContextHolder.getLocale();
        ImportKind importKind = ImportKind.of(kind).orElseThrow(() -> IngestProblem.invalid(
                List.of(new FieldProblem("kind", messages.get(locale, "ingest.import.kind")))));
        if (!mode.equals("dry-run") && !mode.equals("apply")) {
            throw IngestProblem.invalid(List.of(new FieldProblem("mode", messages.get(locale, "ingest.import.mode"))));
        }
        if (file.getSize() > ImportLimits.MAX_BYTES) {
            throw ImportLimits.tooLarge();
        }
        try {
            return imports.run(importKind, mode.equals("apply"), file.getOriginalFilename(), file.getBytes(), locale);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
