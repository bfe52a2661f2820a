package dozor.ingest.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dozor.customers.CustomerDetails;
import dozor.customers.CustomerTier;
import dozor.shared.PhoneNumber;
import dozor.shared.Unp;
import dozor.shared.validation.BelarusUnp;
import dozor.shared.validation.Phone;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A customer row of a migrated file, checked like the request fields of the same names. */
record CustomerFields(
        @NotBlank @Size(max = 200) String customerName,
        @BelarusUnp String unp,
        @Phone String contactPhone,
        @Email @Size(max = 200) String contactEmail,
        @Pattern(regexp = "STANDARD|SILVER|GOLD|PLATINUM") String tier) {

    static final List<String> NAMES = List.of("customerName", "unp", "contactPhone", "contactEmail", "tier");

    static CustomerFields of(Map<String, String> values) {
        String tier = text(values, "tier");
        return new CustomerFields(text(values, "customerName"), text(values, "unp"), text(values, "contactPhone"),
                text(values, "contactEmail"), tier == null ? null : tier.toUpperCase(Locale.ROOT));
    }

    /** Without any of them, a second import could not tell the customer from a new one. */
    boolean identifiable() {
        return unp != null || contactPhone != null || contactEmail != null;
    }

    CustomerDetails details() {
        return new CustomerDetails(customerName, unp == null ? null : Unp.parse(unp).orElseThrow(),
                contactPhone == null ? null : PhoneNumber.parse(contactPhone).orElseThrow(), contactEmail);
    }

    CustomerTier customerTier() {
        return tier == null ? null : CustomerTier.valueOf(tier);
    }

    private static String text(Map<String, String> values, String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
