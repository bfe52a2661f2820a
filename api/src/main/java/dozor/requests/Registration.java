package dozor.requests;

/** The outcome of a registration: the request, and whether this call created it (false for a repeat). */
public record Registration(ServiceRequestView request, boolean created) {
}
