package dozor.notifications.internal;

/**
 * A channel did not take a message. Transient failures (the service is down, answers 5xx, 408 or 429) are
 * retried with back-off; permanent ones (any other 4xx: the chat does not exist, the webhook was revoked) will
 * not get better, so the delivery is given up at once. The message never holds the endpoint's URL, which may
 * carry a secret (a bot token, a webhook key).
 */
public class DeliveryFailure extends Exception {

    private static final int MAX_DETAIL = 500;

    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent) {
        super(message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) : message);
        this.permanent = permanent;
    }

    /** A refusal by HTTP status, with the start of the response body for the operator. */
    public static DeliveryFailure ofStatus(int status, String body) {
        boolean permanent = status >= 400 && status < 500 && status != 408 && status != 425 && status != 429;
        String detail = body == null || body.isBlank() ? "" : ": " + body.strip();
        return new DeliveryFailure("HTTP " + status + detail, permanent);
    }

    /** The service could not be reached or did not answer in time. */
    public static DeliveryFailure unreachable(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? "" : ": " + root.getMessage();
        return new DeliveryFailure("unreachable, " + root.getClass().getSimpleName() + detail, false);
    }

    public boolean permanent() {
        return permanent;
    }
}
