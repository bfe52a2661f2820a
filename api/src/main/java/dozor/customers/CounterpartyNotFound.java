package dozor.customers;

import java.util.UUID;

public class CounterpartyNotFound extends RuntimeException {

    public CounterpartyNotFound(UUID id) {
        super("Counterparty " + id + " not found");
    }
}
