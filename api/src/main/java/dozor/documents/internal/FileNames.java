package dozor.documents.internal;

import java.text.Normalizer;

/** File names as clients send them, made safe to store, show and offer for download. */
public final class FileNames {

    static final int MAX_LENGTH = 255;

    static final String FALLBACK = "document";

    private FileNames() {
    }

    /**
     * The client's name without any folder part, control or format characters (a right-to-left override
     * can disguise {@code exe} as {@code pdf}), leading or trailing dots and spaces, in NFC (macOS sends NFD),
     * at most {@value #MAX_LENGTH} characters with the extension kept.
     */
    public static String clean(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        s = kept.toString().replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (s.isEmpty()) {
            return FALLBACK;
        }
        if (s.codePointCount(0, s.length()) <= MAX_LENGTH) {
            return s;
        }
        int dot = s.lastIndexOf('.');
        String extension = dot > 0 && s.length() - dot <= 16 ? s.substring(dot) : "";
        String base = s.substring(0, s.length() - extension.length());
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
    }

    /** The name to download under: the stored one, its extension replaced when it does not fit the real type. */
    public static String forDownload(String name, DocumentType type) {
        int dot = name.lastIndexOf('.');
        if (dot > 0 && type.fits(name.substring(dot + 1))) {
            return name;
        }
        return (dot > 0 ? name.substring(0, dot) : name) + "." + type.extension();
    }
}
