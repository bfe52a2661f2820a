package dozor.ingest.imports;

import java.util.List;

import org.springframework.http.HttpStatus;

import dozor.ingest.intake.IngestProblem;

/** How much one upload may hold: a migration goes in files of at most 20 MB and 100,000 rows each. */
final class ImportLimits {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    static final int MAX_ROWS = 100_000;

    private ImportLimits() {
    }

    static IngestProblem tooManyRows(int limit) {
        return new IngestProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "ingest.tooLarge.title",
                "ingest.import.tooManyRows", new Object[] { limit }, List.of());
    }

    static IngestProblem tooLarge() {
        return new IngestProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "ingest.tooLarge.title",
                "ingest.import.tooLarge", new Object[] { MAX_BYTES / 1024 / 1024 }, List.of());
    }
}
