package dozor.documents.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

/**
 * {@code Content-Disposition} values that every client reads safely: an ASCII {@code filename} (Cyrillic
 * transliterated, anything else replaced) for old clients and {@code curl -J}, and the exact name as an
 * RFC 5987 {@code filename*} for browsers.
 */
final class ContentDispositions {

    private static final Map<Character, String> CYRILLIC = transliteration();

    private ContentDispositions() {
    }

    static String of(String fileName, boolean inline) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''"
                + rfc5987(fileName);
    }

    /** Printable ASCII without quote, backslash and percent (some browsers decode %xx in a plain filename). */
    static String asciiFallback(String fileName) {
        StringBuilder out = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            String latin = CYRILLIC.get(Character.toLowerCase(c));
            if (latin != null) {
                out.append(Character.isUpperCase(c) && !latin.isEmpty()
                        ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
            }
            else if (safe(c)) {
                out.append(c);
            }
            else {
                // Latin letters with diacritics lose them (ä -> a); anything else becomes an underscore.
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(base.length() == 1 && safe(base.charAt(0)) ? base : "_");
            }
        }
        return out.toString();
    }

    private static boolean safe(char c) {
        return c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%';
    }

    /** RFC 5987 ext-value: attr-chars as they are, every other UTF-8 byte percent-encoded. */
    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            }
            else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** Russian and Belarusian letters, after the passport (ICAO) scheme. */
    private static Map<Character, String> transliteration() {
        String[][] pairs = { { "а", "a" }, { "б", "b" }, { "в", "v" }, { "г", "g" }, { "д", "d" }, { "е", "e" },
                { "ё", "e" }, { "ж", "zh" }, { "з", "z" }, { "и", "i" }, { "й", "i" }, { "к", "k" }, { "л", "l" },
                { "м", "m" }, { "н", "n" }, { "о", "o" }, { "п", "p" }, { "р", "r" }, { "с", "s" }, { "т", "t" },
                { "у", "u" }, { "ф", "f" }, { "х", "kh" }, { "ц", "ts" }, { "ч", "ch" }, { "ш", "sh" },
                { "щ", "shch" }, { "ъ", "ie" }, { "ы", "y" }, { "ь", "" }, { "э", "e" }, { "ю", "iu" },
                { "я", "ia" }, { "і", "i" }, { "ў", "u" }, { "№", "N" } };
        Map<Character, String> map = new java.util.HashMap<>();
        for (String[] pair : pairs) {
            map.put(pair[0].charAt(0), pair[1]);
        }
        return Map.copyOf(map);
    }
}
