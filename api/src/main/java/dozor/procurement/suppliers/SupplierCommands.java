package dozor.procurement.suppliers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What callers ask of the supplier catalogue; checked by the web layer's validation and again by the domain. */
public final class SupplierCommands {

    private SupplierCommands() {
    }

    public record NewSupplier(String code, String name, String unp, String country, String currency, String email,
            String phone) {
    }

    /** Null fields stay as they are; {@code unp} set to an empty string removes it. */
    public record SupplierChange(String name, String unp, String country, String currency, String email,
            String phone, Boolean active) {
    }

    public record ItemTerms(String supplierSku, BigDecimal price, String currency, int leadTimeDays,
            BigDecimal minOrderQty, BigDecimal packSize) {
    }

    public record NewContract(String number, LocalDate validFrom, LocalDate validTo, int paymentTermsDays,
            int warrantyMonths, String currency, String note) {
    }

    /** A contract's new terms, all of them ({@code validTo} null: open-ended); its number and currency stay. */
    public record ContractChange(LocalDate validFrom, LocalDate validTo, int paymentTermsDays, int warrantyMonths,
            String note) {
    }
}
