package dozor.queue;

/** Orders of the queue; every order ends with the request id so that pages never overlap. */
public enum QueueSort {
    NEWEST("registered_at DESC, request_id DESC"),
    OLDEST("registered_at ASC, request_id ASC"),
    PRIORITY("priority ASC, registered_at ASC, request_id ASC"),
    SLA_DUE("sla_due_at ASC NULLS LAST, priority ASC, request_id ASC"),
    RECENTLY_CHANGED("status_changed_at DESC, request_id DESC");

    private final String sql;

    QueueSort(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
