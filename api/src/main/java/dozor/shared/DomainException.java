package dozor.shared;

import java.net.URI;
import java.util.Map;

/**
 * A domain operation refused because of the caller's input or the state of things, never a fault of ours: bad
 * input only the domain can judge (400, naming the field), something missing (404), a state that does not allow it
 * (409), a role or person that may not (403), or a service it needs that is down (503). Thrown inside the
 * transaction, so nothing of the operation is written. The api's problem handler turns every one into the same
 * RFC 9457 shape; a feature adds only its message, and where it needs one its own problem type and properties
 * (e.g. the figures of "not enough stock").
 */
public abstract class DomainException extends RuntimeException {

    public enum Refusal {
        INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNAVAILABLE
    }

    private final Refusal refusal;

    private final String field;

    private final URI type;

    private final String titleKey;

    private final Map<String, Object> properties;

    protected DomainException(Refusal refusal, String field, String message) {
        this(refusal, field, message, null, null, Map.of());
    }

    /**
     * @param type the problem type, or null for the refusal's usual one
     * @param titleKey the message key of the problem's title, or null for the refusal's usual one
     * @param properties added to the problem body as they are
     */
    protected DomainException(Refusal refusal, String field, String message, URI type, String titleKey,
            Map<String, Object> properties) {
        super(message);
        this.refusal = refusal;
        this.field = field;
        this.type = type;
        this.titleKey = titleKey;
        this.properties = properties;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The JSON name of the bad field, or null. */
    public String field() {
        return field;
    }

    public URI type() {
        return type;
    }

    public String titleKey() {
        return titleKey;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
