package dozor.shared;

import java.util.Optional;

/**
 * A phone number in E.164 form. Belarusian habits are understood: {@code 8 029 123-45-67} and
 * {@code 80291234567} become {@code +375291234567}; other countries need their {@code +} prefix.
 */
public record PhoneNumber(String e164) {

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("Not an E.164 number: " + e164);
        }
    }

    public static Optional<PhoneNumber> parse(String input) {
        if (input == null || !input.matches("[0-9+()\\-.\\s]{5,30}")) {
            return Optional.empty();
        }
        boolean plus = input.trim().startsWith("+");
        String digits = input.replaceAll("\\D", "");
        String e164;
        if (plus) {
            e164 = "+" + digits;
        }
        else if (digits.startsWith("375") && digits.length() == 12) {
            e164 = "+" + digits;
        }
        else if (digits.startsWith("80") && digits.length() == 11) {
            e164 = "+375" + digits.substring(2);
        }
        else {
            return Optional.empty();
        }
        if (e164.startsWith("+375") && e164.length() != 13) {
            return Optional.empty();
        }
        return e164.matches("\\+[1-9][0-9]{6,14}") ? Optional.of(new PhoneNumber(e164)) : Optional.empty();
    }

    @Override
    public String toString() {
        return e164;
    }
}
