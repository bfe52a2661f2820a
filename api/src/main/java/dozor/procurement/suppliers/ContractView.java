package dozor.procurement.suppliers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A supply contract (договор): valid from {@code validFrom} to {@code validTo} inclusive (open-ended if null). */
public record ContractView(UUID id, UUID supplierId, String number, LocalDate validFrom, LocalDate validTo,
        int paymentTermsDays, int warrantyMonths, String currency, String note, Instant createdAt) {

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
