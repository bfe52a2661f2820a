package dozor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest
    @CsvSource({ "'+375 29 123-45-67', +375291234567", "'8 (029) 123-45-67', +375291234567",
            "80291234567, +375291234567", "375291234567, +375291234567", "'+375 17 388-12-40', +375173881240",
            "'+7 495 123-45-67', +74951234567", "'+48 22 123 45 67', +48221234567" })
    void understandsBelarusianAndInternationalForms(String input, String e164) {
        assertThat(PhoneNumber.parse(input)).map(PhoneNumber::e164).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = { "12", "abc", "+375 29 123", "8029123456", "029 123 45 67", "+375 29 123-45-678", "" })
    void rejectsWhatCannotBeDialled(String input) {
        assertThat(PhoneNumber.parse(input)).isEmpty();
    }
}
