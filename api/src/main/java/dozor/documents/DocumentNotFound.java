package dozor.documents;

import java.util.UUID;

/** The request has no (undeleted) document with this id. */
public class DocumentNotFound extends RuntimeException {

    private final UUID id;

    public DocumentNotFound(UUID id) {
        super("Document " + id + " not found");
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
