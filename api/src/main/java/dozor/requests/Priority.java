package dozor.requests;

/** How urgent a request is; drives the SLA targets. P1 is the most urgent. */
public enum Priority {
    P1, P2, P3, P4
}
