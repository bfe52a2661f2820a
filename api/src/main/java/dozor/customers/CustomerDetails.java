package dozor.customers;

import java.util.Objects;

import dozor.shared.PhoneNumber;
import dozor.shared.Unp;

/** What a channel knows about a customer; already normalised (a valid УНП, an E.164 phone, a lower-case e-mail). */
public record CustomerDetails(String name, Unp unp, PhoneNumber phone, String email) {

    public CustomerDetails {
        Objects.requireNonNull(name, "name");
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
