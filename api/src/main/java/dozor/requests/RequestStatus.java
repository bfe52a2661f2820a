package dozor.requests;

import java.util.EnumSet;
import java.util.Set;

/** Where a request is in its life. */
public enum RequestStatus {
    NEW, TRIAGED, IN_PROGRESS, AWAITING_PARTS, AWAITING_CUSTOMER, READY, SHIPPED, CLOSED, CANCELLED, REOPENED;

    /** Statuses of a request nobody works on any more. */
    public static final Set<RequestStatus> FINAL = EnumSet.of(CLOSED, CANCELLED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
