package dozor.requests.internal;

import dozor.requests.Category;
import dozor.requests.DeviceType;
import dozor.requests.Priority;
import dozor.requests.PrioritySource;

/** What the rules (or the dispatcher) decided about a new request, with the reason for its priority. */
public record Classification(Category category, DeviceType deviceType, Priority priority,
        PrioritySource prioritySource, String priorityReason) {
}
