package dozor.documents.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what a file really is from its bytes (magic numbers and container structure), never from its name or
 * the client's Content-Type. Anything not positively recognised is refused: a renamed executable, an archive,
 * a video, HTML that claims to be a PDF. The only use of the name is to tell CSV from other plain text, both
 * of which have already passed the byte check.
 */
public final class ContentSniffer {

    private static final byte[] PDF = ascii("%PDF-");

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    private static final byte[] GIF87 = ascii("GIF87a");

    private static final byte[] GIF89 = ascii("GIF89a");

    private static final byte[] TIFF_LE = { 'I', 'I', 42, 0 };

    private static final byte[] TIFF_BE = { 'M', 'M', 0, 42 };

    private static final byte[] BIGTIFF_LE = { 'I', 'I', 43, 0 };

    private static final byte[] BIGTIFF_BE = { 'M', 'M', 0, 43 };

    static final byte[] ZIP = { 'P', 'K', 3, 4 };

    static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1 };

    /** Brands of the ISO base media file format that mean an HEVC-coded HEIF image. */
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx");

    private ContentSniffer() {
    }

    /**
     * The type of {@code content}, or empty when it is not one Dozor accepts.
     *
     * @param fileName the client's name of the file, consulted only to call valid UTF-8 text CSV
     */
    public static Optional<DocumentType> sniff(SniffableContent content, String fileName) throws IOException {
        if (content.size() == 0) {
            return Optional.empty();
        }
        byte[] head = content.readAt(0, 64);
        if (startsWith(head, PDF, 0)) {
            return Optional.of(DocumentType.PDF);
        }
        if (startsWith(head, PNG, 0)) {
            return Optional.of(DocumentType.PNG);
        }
        // SOI followed by the start of another marker segment (APP0 JFIF, APP1 Exif, DQT, ...).
        if (head.length >= 4 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF
                && (head[3] & 0xFF) >= 0xC0 && (head[3] & 0xFF) != 0xFF) {
            return Optional.of(DocumentType.JPEG);
        }
        if (startsWith(head, GIF87, 0) || startsWith(head, GIF89, 0)) {
            return Optional.of(DocumentType.GIF);
        }
        if (startsWith(head, ascii("RIFF"), 0) && startsWith(head, ascii("WEBP"), 8)
                && startsWith(head, ascii("VP8"), 12)) {
            return Optional.of(DocumentType.WEBP);
        }
        if (startsWith(head, TIFF_LE, 0) || startsWith(head, TIFF_BE, 0) || startsWith(head, BIGTIFF_LE, 0)
                || startsWith(head, BIGTIFF_BE, 0)) {
            return Optional.of(DocumentType.TIFF);
        }
        if (isHeic(content)) {
            return Optional.of(DocumentType.HEIC);
        }
        if (startsWith(head, ZIP, 0)) {
            return ZipContainers.sniff(content);
        }
        if (startsWith(head, OLE2, 0)) {
            return CompoundFiles.sniff(content);
        }
        if (isUtf8Text(content)) {
            boolean csv = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
            return Optional.of(csv ? DocumentType.CSV : DocumentType.TEXT);
        }
        return Optional.empty();
    }

    /** An ISO-BMFF {@code ftyp} box whose major or a compatible brand is an HEIC one (not AVIF, not MP4). */
    private static boolean isHeic(SniffableContent content) throws IOException {
        byte[] head = content.readAt(0, 64);
        if (head.length < 16 || !startsWith(head, ascii("ftyp"), 4)) {
            return false;
        }
        long boxSize = Bytes.u32be(head, 0);
        if (boxSize < 16 || boxSize > 256 || (boxSize - 8) % 4 != 0) {
            return false;
        }
        byte[] box = content.readAt(0, (int) boxSize);
        if (box.length < boxSize) {
            return false;
        }
        for (int at = 8; at + 4 <= boxSize; at += at == 8 ? 8 : 4) { // the major brand, then the compatible ones
            if (HEIC_BRANDS.contains(new String(box, at, 4, StandardCharsets.ISO_8859_1))) {
                return true;
            }
        }
        return false;
    }

    /** Valid UTF-8 (a BOM is fine) without NUL characters, all the way to the end. */
    private static boolean isUtf8Text(SniffableContent content) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(new BufferedInputStream(content.stream(), 64 * 1024), decoder)) {
            char[] chars = new char[8192];
            int n;
            while ((n = reader.read(chars)) != -1) {
                for (int i = 0; i < n; i++) {
                    if (chars[i] == 0) {
                        return false;
                    }
                }
            }
            return true;
        }
        catch (CharacterCodingException ex) {
            return false;
        }
    }

    static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (bytes.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
