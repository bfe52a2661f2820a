package dozor.ingest.intake;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dozor.requests.RegisterServiceRequest;
import dozor.requests.Registration;
import dozor.requests.ServiceRequestManagement;
import dozor.requests.ServiceRequestView;

/**
 * Registration of requests that carry an external reference, safe against concurrent deliveries of the same one
 * (a CRM retrying while the first attempt still runs, parallel imports): exactly one call creates the request,
 * every other gets that request back, whatever the interleaving.
 */
@Component
public class Intake {

    private static final int ATTEMPTS = 3;

    private final ServiceRequestManagement requests;

    private final TransactionTemplate attempt;

    Intake(ServiceRequestManagement requests, PlatformTransactionManager transactions) {
        this.requests = requests;
        // A transaction of its own, or a savepoint inside the caller's: a lost race must not doom the caller's work.
        this.attempt = new TransactionTemplate(transactions);
        this.attempt.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Registers the request unless its external reference is registered already ({@code created == false} then,
     * with the existing request). The domain checks the reference first; two deliveries that both pass that check
     * meet at the unique index, and the loser answers with the winner's request.
     */
    public Registration registerOnce(RegisterServiceRequest command, Instant receivedAt) {
        if (command.external() == null) {
            throw new IllegalArgumentException("An intake registration needs an external reference");
        }
        for (int i = 1;; i++) {
            try {
                return attempt.execute(status -> requests.registerOnce(command, receivedAt));
            }
            catch (DuplicateKeyException ex) {
                Optional<ServiceRequestView> winner = requests.findByExternal(command.external());
                if (winner.isPresent()) {
                    return new Registration(winner.get(), false);
                }
                // Another unique key raced (two new counterparties with the same phone, say): try again.
                if (i == ATTEMPTS) {
                    throw ex;
                }
            }
        }
    }
}
