package dozor.ingest.imports;

import java.util.List;
import java.util.UUID;

import dozor.ingest.intake.FieldProblem;

/**
 * What an import did (mode {@code apply}) or would do ({@code dry-run}), row by row with the line numbers of the
 * file, and in totals. Every data row appears exactly once; the totals add up to {@code rows}.
 *
 * @param ignoredColumns headers that name none of our fields
 */
record ImportReport(UUID id, String kind, String mode, String fileName, String format, String delimiter,
        List<String> ignoredColumns, Totals totals, List<Row> rows) {

    /** What happens to a row. */
    enum Outcome {
        /** A new request, or a new counterparty. */
        CREATED,
        /** Customers: the row's counterparty exists (matched by UNP, PHONE or EMAIL) and is updated. */
        MERGED,
        /** Requests: the external id is registered already (or earlier in the same file); nothing is written. */
        DUPLICATE,
        /** A value is wrong; nothing is written for the row, the other rows go on. */
        REJECTED
    }

    record Totals(int rows, int created, int merged, int duplicates, int rejected) {

        static Totals of(List<Row> rows) {
            int[] n = new int[Outcome.values().length];
            rows.forEach(r -> n[r.outcome().ordinal()]++);
            return new Totals(rows.size(), n[Outcome.CREATED.ordinal()], n[Outcome.MERGED.ordinal()],
                    n[Outcome.DUPLICATE.ordinal()], n[Outcome.REJECTED.ordinal()]);
        }
    }

    /**
     * One data row.
     *
     * @param requestNumber requests: the request created or found (not yet known in a dry run of a new one)
     * @param customerId the counterparty the row resolved to (not yet known in a dry run of a new one)
     * @param matchedBy how the customer was recognised: NEW, UNP, PHONE or EMAIL
     * @param sameAsLine the earlier line of the same file this row repeats (a duplicate external id, a customer)
     */
    record Row(int line, Outcome outcome, String requestNumber, UUID requestId, UUID customerId, String matchedBy,
            Integer sameAsLine, List<FieldProblem> errors) {

        static Row rejected(int line, List<FieldProblem> errors) {
            return new Row(line, Outcome.REJECTED, null, null, null, null, null, List.copyOf(errors));
        }
    }
}
