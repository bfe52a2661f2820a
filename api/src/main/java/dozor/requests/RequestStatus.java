package dozor.requests;

/** Where a request is in its life. The transitions arrive with the lifecycle work; a request starts as NEW. */
public enum RequestStatus {
    NEW, TRIAGED, IN_PROGRESS, AWAITING_PARTS, AWAITING_CUSTOMER, READY, SHIPPED, CLOSED, CANCELLED
}
