package dozor.events;

/** Kafka topic names, shared by producers and consumers. Versioned by name when a contract breaks. */
public final class Topics {

    /** Facts about service requests, keyed by request id. */
    public static final String REQUESTS = "dozor.requests.events";

    /** Facts about department tasks, keyed by the id of the request they serve (co-partitioned with REQUESTS). */
    public static final String WORK = "dozor.work.events";

    /** Reference data (the SLA policy and calendars), compacted: the newest value per key is what counts. */
    public static final String REFERENCE = "dozor.reference.events";

    /** Facts about stock (movements, reservations, demand, reorder points), keyed by item id. */
    public static final String STOCK = "dozor.stock.events";

    /** Facts about purchasing (requests, orders, receipts, returns), keyed by the request's or the order's id. */
    public static final String PROCUREMENT = "dozor.procurement.events";

    /** Facts about shipments (planned, status changes), keyed by shipment id. */
    public static final String LOGISTICS = "dozor.logistics.events";

    /** Low-stock alerts raised and cleared by the streams app, keyed by item id. */
    public static final String STOCK_ALERTS = "dozor.stock.alerts";

    /** SLA clock facts computed by the streams app, keyed by request id. */
    public static final String SLA = "dozor.sla.events";

    /** Partitions of each event topic; every app that may create a topic uses this count. */
    public static final int PARTITIONS = 3;

    /** Header that names the event type, so consumers can route without parsing the body. */
    public static final String TYPE_HEADER = "dozor-event-type";

    /** Header with the event id, for consumers that de-duplicate before parsing. */
    public static final String EVENT_ID_HEADER = "dozor-event-id";

    private Topics() {
    }
}
