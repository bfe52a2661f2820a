package dozor.stock.live;

import dozor.shared.DomainException;

/** The streams app (live stock) cannot be asked now: not configured, down, or still restoring its state (503). */
public class LiveStockUnavailable extends DomainException {

    public LiveStockUnavailable(String detail) {
        super(Refusal.UNAVAILABLE, null, detail);
    }
}
