package dozor.procurement.suppliers;

import java.time.Instant;
import java.util.UUID;

/** A supplier (поставщик); {@code unp} is the normalised УНП, null for a foreign supplier. */
public record SupplierView(UUID id, String code, String name, String unp, String country, String currency,
        String email, String phone, boolean active, Instant createdAt, int version) {
}
