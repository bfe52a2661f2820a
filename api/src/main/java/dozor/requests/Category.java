package dozor.requests;

/** What the customer needs; decides routing and feeds priority rules. */
public enum Category {
    WARRANTY_REPAIR, PAID_REPAIR, INSTALLATION, REPLACEMENT, CONSULTATION, EQUIPMENT_ORDER
}
