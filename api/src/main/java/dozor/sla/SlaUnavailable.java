package dozor.sla;

/** The streams side cannot answer now (503). */
public class SlaUnavailable extends RuntimeException {

    public SlaUnavailable() {
        super("The SLA service is not reachable; try again later.");
    }
}
