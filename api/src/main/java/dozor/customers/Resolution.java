package dozor.customers;

/**
 * The counterparty a customer's details resolved to, and how.
 *
 * @param matchedBy UNP, PHONE, EMAIL, or NEW when a counterparty was created
 */
public record Resolution(Counterparty counterparty, String matchedBy) {

    public boolean created() {
        return "NEW".equals(matchedBy);
    }
}
