package dozor.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dozor.customers.CustomerDetails;
import dozor.shared.PhoneNumber;
import dozor.shared.Unp;

class PendingCustomersTests {

    static final Unp UNP = Unp.parse("200988541").orElseThrow();

    static final PhoneNumber PHONE = PhoneNumber.parse("+375291234567").orElseThrow();

    @Test
    void matchesAsResolveWouldByUnpElseAPersonsPhoneThenEmail() {
        PendingCustomers pending = new PendingCustomers();
        pending.add(new CustomerDetails("ООО", UNP, PHONE, null), 2);
        pending.add(new CustomerDetails("Иванов", null, PhoneNumber.parse("+375297654321").orElseThrow(),
                "ivanov@example.by"), 3);

        assertThat(pending.match(new CustomerDetails("ООО (филиал)", UNP, null, null)))
                .contains(new PendingCustomers.Match("UNP", 2));
        assertThat(pending.match(new CustomerDetails("Другое ООО", Unp.parse("191590830").orElseThrow(), PHONE, null)))
                .as("with an УНП only the УНП counts").isEmpty();
        assertThat(pending.match(new CustomerDetails("Петров", null, PHONE, null)))
                .as("an organisation's phone is not a person's").isEmpty();
        assertThat(pending.match(new CustomerDetails("И.", null, PhoneNumber.parse("+375297654321").orElseThrow(),
                null))).contains(new PendingCustomers.Match("PHONE", 3));
        assertThat(pending.match(new CustomerDetails("И.", null, null, "IVANOV@example.by")))
                .contains(new PendingCustomers.Match("EMAIL", 3));
    }
}
