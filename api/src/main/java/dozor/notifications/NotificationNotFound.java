package dozor.notifications;

import java.util.UUID;

/** No notice with this id belongs to the caller; someone else's notice is "not found" too, never "forbidden". */
public class NotificationNotFound extends RuntimeException {

    private final UUID id;

    public NotificationNotFound(UUID id) {
        super("Notification " + id + " not found");
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
