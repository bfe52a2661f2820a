package dozor.work;

import java.util.UUID;

public class TaskNotFound extends RuntimeException {

    public TaskNotFound(UUID id) {
        super("Task " + id + " not found");
    }
}
