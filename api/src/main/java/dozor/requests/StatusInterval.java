package dozor.requests;

import java.time.Instant;

/** A stretch of time a request spent in one status; {@code leftAt} is null for the current one. */
public record StatusInterval(RequestStatus status, Instant enteredAt, Instant leftAt, String enteredBy, String action,
        String reason) {
}
