package dozor.stock.live;

/** The streams app (live stock) cannot be asked now: not configured, down, or still restoring its state (503). */
public class LiveStockUnavailable extends RuntimeException {

    public LiveStockUnavailable(String detail) {
        super(detail);
    }
}
