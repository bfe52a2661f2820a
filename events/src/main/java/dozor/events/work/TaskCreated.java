package dozor.events.work;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A department task was created for a request by the routing rules.
 *
 * @param kind DIAGNOSE, REPAIR, INSTALL, CONSULT, RESERVE_PARTS, ISSUE_PARTS, PURCHASE_PARTS, PICKUP, SHIP, INVOICE
 * @param department ENGINEERING, WAREHOUSE, PROCUREMENT, LOGISTICS, ACCOUNTING
 * @param assignee the person it was given to, or {@code null} while it waits in the department's queue
 */
public record TaskCreated(UUID eventId, Instant occurredAt, int version, UUID taskId, UUID requestId, String kind,
        String department, String assignee, UUID dependsOn, Instant plannedDueAt) implements WorkEvent {

    public static final String TYPE = "TaskCreated";

    public static final int CURRENT_VERSION = 1;

    public TaskCreated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(department, "department");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
