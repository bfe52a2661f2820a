package dozor.requests;

import java.util.Objects;

/** The id a request has in the system it came from (a CRM, a migrated spreadsheet); unique per source. */
public record ExternalReference(String source, String id) {

    public ExternalReference {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
    }
}
