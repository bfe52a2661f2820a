package dozor.ingest.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dozor.customers.CustomerDetails;

/**
 * Customers a dry run would create, so that a later row of the same file is reported as matching them: looked up
 * in the order {@code Counterparties.resolve} documents (by УНП; without one, a person by phone, then e-mail).
 */
final class PendingCustomers {

    record Match(String by, int line) {
    }

    private final Map<String, Integer> unps = new HashMap<>();

    private final Map<String, Integer> phones = new HashMap<>();

    private final Map<String, Integer> emails = new HashMap<>();

    Optional<Match> match(CustomerDetails details) {
        if (details.unp() != null) {
            return find(unps, details.unp().value(), "UNP");
        }
        Optional<Match> byPhone = details.phone() == null ? Optional.empty()
                : find(phones, details.phone().e164(), "PHONE");
        return byPhone.isPresent() || details.email() == null ? byPhone : find(emails, details.email(), "EMAIL");
    }

    /** Remembers a customer created at {@code line}, or the phone and e-mail a matched one would gain. */
    void add(CustomerDetails details, int line) {
        if (details.unp() != null) {
            unps.putIfAbsent(details.unp().value(), line);
            return;
        }
        if (details.phone() != null) {
            phones.putIfAbsent(details.phone().e164(), line);
        }
        if (details.email() != null) {
            emails.putIfAbsent(details.email(), line);
        }
    }

    private static Optional<Match> find(Map<String, Integer> index, String key, String by) {
        Integer line = index.get(key);
        return line == null ? Optional.empty() : Optional.of(new Match(by, line));
    }
}
