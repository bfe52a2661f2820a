package dozor.ingest.intake;

/**
 * One bad value: our field's name (as in {@code POST /api/v1/requests}; {@code null} for the row as a whole) and a
 * message in the caller's language. The same shape as the {@code errors} of the api's validation problems.
 */
public record FieldProblem(String field, String message) {
}
