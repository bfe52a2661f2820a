package dozor.requests;

import java.util.UUID;

/**
 * An in-process signal (never published to Kafka) that a request's stored state changed in the current
 * transaction, whatever the change: read models refresh from {@link ServiceRequestManagement#find(UUID)}.
 */
public record ServiceRequestChanged(UUID requestId) {
}
