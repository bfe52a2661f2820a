package dozor.requests;

/** A lifecycle action that cannot be taken; the kind tells the HTTP layer how to answer. */
public class LifecycleException extends RuntimeException {

    public enum Kind {
        /** The request's status does not allow the action (409). */
        INVALID_TRANSITION,
        /** The caller's roles do not allow the action (403). */
        ROLE_NOT_ALLOWED,
        /** The action needs a reason and none was given (400). */
        REASON_REQUIRED,
        /** Someone changed the request in between (409). */
        CONCURRENT_CHANGE,
        /** A merge that makes no sense: into itself, into a closed or merged request (409). */
        INVALID_MERGE
    }

    private final Kind kind;

    public LifecycleException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
