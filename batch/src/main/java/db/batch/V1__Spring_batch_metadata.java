package db.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Spring Batch's metadata tables in schema {@code batch}, from the DDL that ships inside spring-batch-core, so the
 * tables always match the version on the class path (later versions bring their own migration scripts).
 */
public class V1__Spring_batch_metadata extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String ddl = read("/org/springframework/batch/core/schema-postgresql.sql");
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("SET LOCAL search_path TO batch");
            for (String sql : ddl.split(";")) {
                String trimmed = sql.replaceAll("(?m)^--.*$", "").trim();
                if (!trimmed.isEmpty()) {
                    statement.execute(trimmed);
                }
            }
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = V1__Spring_batch_metadata.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Spring Batch DDL not found: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
