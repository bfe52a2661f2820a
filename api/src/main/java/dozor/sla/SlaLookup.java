package dozor.sla;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Reads live SLA clocks from the streams side; never throws for an outage, it answers UNKNOWN instead. */
public interface SlaLookup {

    /** A status for every id asked: PENDING when the clock does not exist yet, UNKNOWN on an outage. */
    Map<UUID, SlaStatus> lookup(Collection<UUID> requestIds);

    /** Live outcome figures per target and department leg over the last {@code days} Minsk days. */
    java.util.List<SlaFigures> figures(int days);

    default SlaStatus lookup(UUID requestId) {
        return lookup(java.util.List.of(requestId)).get(requestId);
    }
}
