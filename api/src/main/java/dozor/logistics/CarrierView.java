package dozor.logistics;

/** A carrier: its code (as in webhook paths and configuration) and its Russian name. */
public record CarrierView(String code, String name, boolean active) {
}
