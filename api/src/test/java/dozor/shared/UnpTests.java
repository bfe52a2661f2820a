package dozor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UnpTests {

    @Test
    void acceptsKnownValidNumbersInTheFormsPeopleTypeThem() {
        assertThat(Unp.parse("200988541")).map(Unp::value).contains("200988541");
        assertThat(Unp.parse("УНП 200 988 541")).map(Unp::value).contains("200988541");
        assertThat(Unp.parse("MA1953684")).map(Unp::value).contains("MA1953684");
        assertThat(Unp.parse("ма1953684")).as("Cyrillic look-alikes").map(Unp::value).contains("MA1953684");
    }

    @Test
    void rejectsWrongLengthCharactersAndCheckDigits() {
        assertThat(Unp.parse("200988542")).isEmpty();
        assertThat(Unp.parse("20098854")).isEmpty();
        assertThat(Unp.parse("2009885411")).isEmpty();
        assertThat(Unp.parse("900988541")).as("first character not in 1-7, A, B, C, E, H, K, M").isEmpty();
        assertThat(Unp.parse("20098854X")).isEmpty();
        assertThat(Unp.parse(null)).isEmpty();
    }

    @Property
    void aNumberWithItsComputedCheckDigitIsValidAndEveryOtherDigitIsNot(@ForAll("bodies") String body) {
        Integer check = Unp.checkDigit(body + "0");
        if (check == null) {
            for (int d = 0; d <= 9; d++) {
                assertThat(Unp.parse(body + d)).as("a body whose sum is 10 mod 11 is never issued").isEmpty();
            }
            return;
        }
        for (int d = 0; d <= 9; d++) {
            assertThat(Unp.parse(body + d).isPresent()).isEqualTo(d == check);
        }
    }

    @Property
    void changingOneDigitOfTheBodyIsDetected(@ForAll("bodies") String body, @ForAll("positions") int position,
            @ForAll("digits") char replacement) {
        Integer check = Unp.checkDigit(body + "0");
        net.jqwik.api.Assume.that(check != null && body.charAt(position) != replacement);
        char[] changed = body.toCharArray();
        changed[position] = replacement;
        String tampered = new String(changed) + check;
        Integer newCheck = Unp.checkDigit(tampered);
        // Weights are non-zero mod 11, so a single changed digit always changes the sum mod 11.
        assertThat(newCheck == null || newCheck != check).isTrue();
        assertThat(Unp.parse(tampered)).isEmpty();
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars("1234567").ofLength(1).flatMap(first -> Arbitraries.strings()
                .numeric().ofLength(7).map(rest -> first + rest));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(1, 7);
    }

    @Provide
    Arbitrary<Character> digits() {
        return Arbitraries.chars().range('0', '9');
    }
}
