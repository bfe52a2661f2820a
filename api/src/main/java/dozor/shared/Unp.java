package dozor.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * УНП — the Belarusian taxpayer number: nine characters, digits for organisations, two leading letters
 * allowed for individuals, the last one a check digit: Σ wᵢ·vᵢ mod 11 with weights 29,23,19,17,13,7,5,3
 * (10 is never issued). Cyrillic look-alike letters are read as their Latin twins.
 */
public record Unp(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final String SECOND_LETTERS = "ABCEHKMOPT";

    private static final String FIRST_CHARACTERS = "1234567ABCEHKM";

    private static final int[] WEIGHTS = { 29, 23, 19, 17, 13, 7, 5, 3 };

    public Unp {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid УНП: " + value);
        }
    }

    /** Parses a user's input ("УНП 190 000 001", "ма1953684"...) into a valid number, if it is one. */
    public static Optional<Unp> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = normalise(input);
        return isValid(compact) ? Optional.of(new Unp(compact)) : Optional.empty();
    }

    /** Upper case, no spaces, no "УНП"/"UNP" prefix, Cyrillic look-alikes as Latin letters. */
    public static String normalise(String input) {
        String s = input.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        for (String prefix : new String[] { "УНП", "UNP" }) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
            }
        }
        StringBuilder latin = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int i = "АВЕКМНОРСТ".indexOf(c);
            latin.append(i >= 0 ? "ABEKMHOPCT".charAt(i) : c);
        }
        return latin.toString();
    }

    static boolean isValid(String s) {
        if (s == null || s.length() != 9 || FIRST_CHARACTERS.indexOf(s.charAt(0)) < 0) {
            return false;
        }
        for (int i = 2; i < 9; i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return false;
            }
        }
        boolean digitsOnly = Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(1));
        if (!digitsOnly && (SECOND_LETTERS.indexOf(s.charAt(0)) < 0 || SECOND_LETTERS.indexOf(s.charAt(1)) < 0)) {
            return false;
        }
        Integer check = checkDigit(s);
        return check != null && check == s.charAt(8) - '0';
    }

    /** The check digit of the first eight characters, or {@code null} when it would be 10. */
    static Integer checkDigit(String s) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = s.charAt(i);
            int v = (i == 1 && !Character.isDigit(c)) ? SECOND_LETTERS.indexOf(c) : ALPHABET.indexOf(c);
            sum += WEIGHTS[i] * v;
        }
        int check = sum % 11;
        return check > 9 ? null : check;
    }

    @Override
    public String toString() {
        return value;
    }
}
