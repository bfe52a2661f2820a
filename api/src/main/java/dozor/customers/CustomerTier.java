package dozor.customers;

/** The contract tier of a counterparty; feeds priority rules and SLA policies. */
public enum CustomerTier {
    STANDARD, SILVER, GOLD, PLATINUM
}
