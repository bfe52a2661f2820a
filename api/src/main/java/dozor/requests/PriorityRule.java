package dozor.requests;

import java.util.UUID;

/**
 * A configurable priority rule. Every matching rule proposes its priority; the most urgent proposal wins.
 *
 * @param kind TIER (the customer's contract tier), CATEGORY, DEVICE_TYPE, or KEYWORD (a case-insensitive regular
 *     expression over the problem description and the device model)
 */
public record PriorityRule(UUID id, String kind, String match, Priority priority, String description,
        boolean active) {
}
