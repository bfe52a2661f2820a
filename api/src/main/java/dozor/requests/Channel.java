package dozor.requests;

/** Where a request came in. */
public enum Channel {
    WEB, API, CRM, IMPORT, DEMO
}
