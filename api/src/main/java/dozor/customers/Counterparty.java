package dozor.customers;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer: an organisation (identified by its УНП) or a private person (identified by phone or e-mail).
 *
 * @param kind ORGANISATION or PERSON
 */
public record Counterparty(UUID id, String name, String unp, String phone, String email, String kind,
        CustomerTier tier, Instant createdAt) {
}
