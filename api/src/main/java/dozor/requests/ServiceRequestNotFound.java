package dozor.requests;

import java.util.UUID;

/** No request has this id (or the caller may not know that it exists). */
public class ServiceRequestNotFound extends RuntimeException {

    private final UUID id;

    public ServiceRequestNotFound(UUID id) {
        super("Service request " + id + " not found");
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
