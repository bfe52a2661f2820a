package dozor.customers;

import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.customers.internal.CounterpartyStore;
import dozor.shared.Ids;
import dozor.shared.PageResponse;

/**
 * The public API of the customers feature. Every channel resolves a customer here, so that repeated customers
 * attach to one counterparty: by normalised УНП, or without one by phone, then e-mail.
 */
@Service
public class Counterparties {

    private final CounterpartyStore store;

    private final AuditLog audit;

    Counterparties(CounterpartyStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /**
     * The existing counterparty these details identify, or a new one. Concurrent callers with the same details get
     * the same counterparty (a unique index decides; the loser re-reads).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Resolution resolve(CustomerDetails details) {
        Optional<Resolution> existing = find(details);
        if (existing.isPresent()) {
            store.fillGaps(existing.get().counterparty().id(), details);
            return existing.get();
        }
        Counterparty created = new Counterparty(Ids.newId(), details.name().strip(),
                details.unp() == null ? null : details.unp().value(),
                details.phone() == null ? null : details.phone().e164(), details.email(),
                details.unp() == null ? "PERSON" : "ORGANISATION", CustomerTier.STANDARD, null);
        if (store.insertIfAbsent(created)) {
            audit.record("CREATED", "Counterparty", created.id().toString(), null, created);
            return new Resolution(store.find(created.id()).orElseThrow(), "NEW");
        }
        return find(details).orElseThrow(() -> new DuplicateKeyException("Counterparty conflict for " + details.name()));
    }

    /**
     * The existing counterparty these details identify, matched exactly as {@link #resolve} would, without creating
     * or changing anything: what an import's dry run reports.
     */
    @Transactional(readOnly = true)
    public Optional<Resolution> match(CustomerDetails details) {
        return find(details);
    }

    private Optional<Resolution> find(CustomerDetails details) {
        if (details.unp() != null) {
            return store.findByUnp(details.unp().value()).map(c -> new Resolution(c, "UNP"));
        }
        if (details.phone() != null) {
            Optional<Counterparty> byPhone = store.findPersonByPhone(details.phone().e164());
            if (byPhone.isPresent()) {
                return byPhone.map(c -> new Resolution(c, "PHONE"));
            }
        }
        if (details.email() != null) {
            return store.findPersonByEmail(details.email()).map(c -> new Resolution(c, "EMAIL"));
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<Counterparty> find(UUID id) {
        return store.find(id);
    }

    @Transactional(readOnly = true)
    public PageResponse<Counterparty> search(String query, int page, int size) {
        return PageResponse.of(store.search(query, page, size), page, size, store.count(query));
    }

    @Transactional
    public Counterparty changeTier(UUID id, CustomerTier tier) {
        Counterparty before = store.find(id).orElseThrow(() -> new CounterpartyNotFound(id));
        store.updateTier(id, tier);
        Counterparty after = store.find(id).orElseThrow();
        audit.record("TIER_CHANGED", "Counterparty", id.toString(), before, after);
        return after;
    }
}
