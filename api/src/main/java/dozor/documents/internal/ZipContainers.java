package dozor.documents.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Office Open XML and OpenDocument files, told apart from other ZIP archives (JARs, APKs, plain archives) by
 * their entries. Only the central directory is read; nothing is decompressed, so a ZIP bomb costs nothing.
 */
final class ZipContainers {

    private static final int END_OF_DIRECTORY = 0x06054b50;

    private static final int DIRECTORY_ENTRY = 0x02014b50;

    /** A directory of any office file fits with room to spare; a larger one is not worth reading. */
    private static final long MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;

    private ZipContainers() {
    }

    static Optional<DocumentType> sniff(SniffableContent content) throws IOException {
        List<String> names = entryNames(content);
        if (names == null) {
            return Optional.empty();
        }
        Optional<DocumentType> odf = openDocument(content, names);
        if (odf.isPresent()) {
            return odf;
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        // Macro-enabled documents (docm, xlsm, pptm) carry a VBA project; they are not what they would be served as.
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            return Optional.empty();
        }
        if (anyUnder(names, "word/")) {
            return Optional.of(DocumentType.DOCX);
        }
        if (anyUnder(names, "xl/")) {
            return Optional.of(DocumentType.XLSX);
        }
        if (anyUnder(names, "ppt/")) {
            return Optional.of(DocumentType.PPTX);
        }
        return Optional.empty();
    }

    private static boolean anyUnder(List<String> names, String folder) {
        return names.stream().anyMatch(n -> n.startsWith(folder));
    }

    /** ODF puts an uncompressed {@code mimetype} entry first, so its media type is readable at a fixed place. */
    private static Optional<DocumentType> openDocument(SniffableContent content, List<String> names)
            throws IOException {
        byte[] local = content.readAt(0, 30 + 8);
        if (local.length < 38 || !"mimetype".equals(new String(local, 30, 8, StandardCharsets.US_ASCII))
                || Bytes.u16le(local, 8) != 0 || !names.contains("META-INF/manifest.xml")) {
            return Optional.empty();
        }
        long size = Bytes.u32le(local, 18);
        int nameLength = Bytes.u16le(local, 26);
        int extraLength = Bytes.u16le(local, 28);
        if (nameLength != 8 || size > 100) {
            return Optional.empty();
        }
        String mediaType = new String(content.readAt(30 + 8 + extraLength, (int) size), StandardCharsets.US_ASCII);
        return switch (mediaType) {
            case "application/vnd.oasis.opendocument.text" -> Optional.of(DocumentType.ODT);
            case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(DocumentType.ODS);
            case "application/vnd.oasis.opendocument.presentation" -> Optional.of(DocumentType.ODP);
            default -> Optional.empty(); // EPUB and other ODF kinds share the layout
        };
    }

    /** The names in the central directory, or {@code null} when it is missing, truncated or ZIP64. */
    static List<String> entryNames(SniffableContent content) throws IOException {
        long size = content.size();
        int tailLength = (int) Math.min(size, 22 + 0xFFFF);
        long tailStart = size - tailLength;
        byte[] tail = content.readAt(tailStart, tailLength);
        int end = -1;
        for (int i = tail.length - 22; i >= 0; i--) {
            if (Bytes.i32le(tail, i) == END_OF_DIRECTORY) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int entries = Bytes.u16le(tail, end + 10);
        long directorySize = Bytes.u32le(tail, end + 12);
        long directoryOffset = Bytes.u32le(tail, end + 16);
        if (entries == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL
                || directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize > tailStart + end) {
            return null;
        }
        byte[] directory = content.readAt(directoryOffset, (int) directorySize);
        List<String> names = new ArrayList<>(entries);
        int at = 0;
        for (int i = 0; i < entries; i++) {
            if (at + 46 > directory.length || Bytes.i32le(directory, at) != DIRECTORY_ENTRY) {
                return null;
            }
            int nameLength = Bytes.u16le(directory, at + 28);
            int extraLength = Bytes.u16le(directory, at + 30);
            int commentLength = Bytes.u16le(directory, at + 32);
            if (at + 46 + nameLength > directory.length) {
                return null;
            }
            names.add(new String(directory, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }
}
