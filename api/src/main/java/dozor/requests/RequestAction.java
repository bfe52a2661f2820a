package dozor.requests;

import static dozor.requests.RequestStatus.AWAITING_CUSTOMER;
import static dozor.requests.RequestStatus.AWAITING_PARTS;
import static dozor.requests.RequestStatus.CANCELLED;
import static dozor.requests.RequestStatus.CLOSED;
import static dozor.requests.RequestStatus.IN_PROGRESS;
import static dozor.requests.RequestStatus.NEW;
import static dozor.requests.RequestStatus.READY;
import static dozor.requests.RequestStatus.REOPENED;
import static dozor.requests.RequestStatus.SHIPPED;
import static dozor.requests.RequestStatus.TRIAGED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The transitions of the request lifecycle: where each may start, where it leads, who may take it and whether
 * a reason is required. ADMIN may take every transition.
 */
public enum RequestAction {

    TRIAGE(EnumSet.of(NEW), TRIAGED, Set.of("DISPATCHER", "MANAGER"), false),
    START(EnumSet.of(TRIAGED, REOPENED), IN_PROGRESS, Set.of("ENGINEER", "DISPATCHER", "MANAGER"), false),
    AWAIT_PARTS(EnumSet.of(IN_PROGRESS), AWAITING_PARTS, Set.of("ENGINEER", "WAREHOUSE", "DISPATCHER"), true),
    AWAIT_CUSTOMER(EnumSet.of(IN_PROGRESS, TRIAGED), AWAITING_CUSTOMER, Set.of("ENGINEER", "DISPATCHER"), true),
    RESUME(EnumSet.of(AWAITING_PARTS, AWAITING_CUSTOMER), IN_PROGRESS,
            Set.of("ENGINEER", "WAREHOUSE", "DISPATCHER", "PROCUREMENT"), false),
    MARK_READY(EnumSet.of(IN_PROGRESS), READY, Set.of("ENGINEER", "DISPATCHER"), false),
    SHIP(EnumSet.of(READY), SHIPPED, Set.of("LOGISTICS", "DISPATCHER"), false),
    CLOSE(EnumSet.of(READY, SHIPPED), CLOSED, Set.of("DISPATCHER", "MANAGER"), false),
    CANCEL(EnumSet.of(NEW, TRIAGED, IN_PROGRESS, AWAITING_PARTS, AWAITING_CUSTOMER, READY, REOPENED), CANCELLED,
            Set.of("DISPATCHER", "MANAGER"), true),
    REOPEN(EnumSet.of(CLOSED, CANCELLED), REOPENED, Set.of("DISPATCHER", "MANAGER"), true);

    private final Set<RequestStatus> from;

    private final RequestStatus to;

    private final Set<String> roles;

    private final boolean reasonRequired;

    RequestAction(Set<RequestStatus> from, RequestStatus to, Set<String> roles, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.reasonRequired = reasonRequired;
    }

    public boolean allowedFrom(RequestStatus status) {
        return from.contains(status);
    }

    public RequestStatus target() {
        return to;
    }

    public Set<RequestStatus> sources() {
        return from;
    }

    public boolean allowedFor(Set<String> callerRoles) {
        return callerRoles.contains("ADMIN") || callerRoles.stream().anyMatch(roles::contains);
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
