package dozor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What ArchUnit cannot see: table names inside SQL strings. The api must not read the warehouse (dw, mart), and
 * batch must not read or write the operational schema (ops) behind the api's back.
 */
class SqlBoundaryTests {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theApiNeverQueriesTheWarehouse() throws IOException {
        assertThat(matches(List.of("api/src/main", "ingest/src/main"), Pattern.compile("\\b(dw|mart)\\.[a-z_]+\\b")))
                .isEmpty();
    }

    @Test
    void batchNeverQueriesTheOperationalSchema() throws IOException {
        assertThat(matches(List.of("batch/src/main", "warehouse-sql/src/main"), Pattern.compile("\\bops\\.[a-z_]+\\b")))
                .isEmpty();
    }

    @Test
    void theCheckItselfFindsAViolation() throws IOException {
        assertThat(matches(List.of("batch/src/main"), Pattern.compile("\\bdw\\.stg_event\\b"))).isNotEmpty();
    }

    private static List<String> matches(List<String> roots, Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : roots) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(root))) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql")).toList()) {
                    var lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (pattern.matcher(lines.get(i)).find()) {
                            found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
                        }
                    }
                }
            }
        }
        return found;
    }
}
