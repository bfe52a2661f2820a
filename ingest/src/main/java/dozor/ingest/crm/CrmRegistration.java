package dozor.ingest.crm;

import java.time.Instant;
import java.util.UUID;

import dozor.requests.Priority;
import dozor.requests.Registration;
import dozor.requests.RequestStatus;

/**
 * What the CRM gets back: our request for its ticket, and whether this delivery created it (201) or found it
 * registered by an earlier one (200). Deliberately small: the CRM already has the rest.
 */
record CrmRegistration(UUID id, String number, RequestStatus status, Priority priority, String externalId,
        Instant registeredAt, boolean created) {

    static CrmRegistration of(Registration registration) {
        var r = registration.request();
        return new CrmRegistration(r.id(), r.number(), r.status(), r.priority(), r.externalId(), r.registeredAt(),
                registration.created());
    }
}
