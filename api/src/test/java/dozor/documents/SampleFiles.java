package dozor.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Real files of each type, made the way their producers make them: images by ImageIO, Office Open XML and
 * OpenDocument packages with their mandatory parts, OLE2 compound files laid out as the MS-CFB specification
 * says, and headers copied byte for byte from files found in the wild (WebP, HEIC, MP4, PE, ELF).
 */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] pdf() {
        return ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            image.setRGB(x, x, Color.ORANGE.getRGB());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** The first bytes of a lossless WebP (VP8X with alpha), as cwebp writes them. */
    public static byte[] webp() {
        return hex("52494646a801000057454250565038580a00000010000000"
                + "0f00000f0000414c5048c30000000127a2a89124e57ae718");
    }

    /** An iPhone photo's {@code ftyp} box (major brand heic, compatible mif1 and heic) and the start of its meta. */
    public static byte[] heic() {
        return hex("00000018667479706865696300000000" + "6d69663168656963"
                + "00000ff86d657461000000000000002168646c72");
    }

    /** An AVIF image: HEIF's container with AV1 inside; not accepted. */
    public static byte[] avif() {
        return hex("0000001c" + "66747970" + "61766966" + "00000000" + "617669666d6966316d696166" + "0000000e6d657461");
    }

    /** An MP4 video's {@code ftyp} box. */
    public static byte[] mp4() {
        return hex("00000020" + "66747970" + "69736f6d" + "00000200" + "69736f6d69736f32617663316d703431"
                + "0000000866726565");
    }

    /** A Windows executable: DOS stub header with NULs, then the PE signature. */
    public static byte[] exe() {
        byte[] bytes = new byte[256];
        byte[] dosHeader = hex("4d5a90000300000004000000ffff0000b8000000000000004000000000000000");
        System.arraycopy(dosHeader, 0, bytes, 0, dosHeader.length);
        bytes[0x3C] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 0x80, 4);
        return bytes;
    }

    public static byte[] elf() {
        return hex("7f454c4602010100000000000000000003003e0001000000c0300000000000004000000000000000");
    }

    public static byte[] docx() {
        return ooxml("word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    }

    public static byte[] xlsx() {
        return ooxml("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
    }

    public static byte[] pptx() {
        return ooxml("ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
    }

    /** A macro-enabled Word document (docm): a docx with a VBA project. */
    public static byte[] docm() {
        Map<String, byte[]> entries = ooxmlEntries("word/document.xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml");
        entries.put("word/vbaProject.bin", cfb(List.of("VBA", "PROJECT"), 9));
        return zip(entries, null);
    }

    public static byte[] odt() {
        return odf("application/vnd.oasis.opendocument.text");
    }

    public static byte[] ods() {
        return odf("application/vnd.oasis.opendocument.spreadsheet");
    }

    public static byte[] odp() {
        return odf("application/vnd.oasis.opendocument.presentation");
    }

    /** An e-book: laid out like ODF (uncompressed mimetype first), but not a document Dozor takes. */
    public static byte[] epub() {
        return odf("application/epub+zip");
    }

    public static byte[] jar() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nMain-Class: Evil\r\n\r\n".getBytes());
        entries.put("Evil.class", hex("cafebabe00000041000d0a000200030700040c000500060100106a617661"));
        return zip(entries, null);
    }

    public static byte[] plainZip() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("photos/1.jpg", image("jpg"));
        entries.put("readme.txt", "фото с объекта".getBytes(StandardCharsets.UTF_8));
        return zip(entries, null);
    }

    public static byte[] doc() {
        return cfb(List.of("\u0001CompObj", "WordDocument", "1Table", "\u0005SummaryInformation"), 9);
    }

    public static byte[] xls() {
        return cfb(List.of("Workbook", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation"), 9);
    }

    /** An Excel 95 file (stream "Book") in a version 4 compound file (4096-byte sectors). */
    public static byte[] xlsVersion4() {
        return cfb(List.of("Book"), 12);
    }

    public static byte[] ppt() {
        return cfb(List.of("Current User", "PowerPoint Document", "Pictures"), 9);
    }

    /** A Windows Installer package: a compound file, but an installer. */
    public static byte[] msi() {
        return cfb(List.of("\u0005SummaryInformation", "\u4840\u3b3f\u43f2\u4438\u45b1", "\u4840\u3f7f\u4164"), 9);
    }

    /** A Word document whose directory spills into a second sector, chained through the allocation table. */
    public static byte[] docWithLongDirectory() {
        return cfb(List.of("\u0001CompObj", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation", "1Table",
                "Data", "ObjectPool", "WordDocument"), 9);
    }

    public static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] ooxml(String mainPart, String mainType) {
        return zip(ooxmlEntries(mainPart, mainType), null);
    }

    private static Map<String, byte[]> ooxmlEntries(String mainPart, String mainType) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>")
                .getBytes());
        entries.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"" + mainPart + "\"/></Relationships>").getBytes());
        entries.put("docProps/app.xml", "<Properties/>".getBytes());
        entries.put(mainPart, "<document>Акт выполненных работ</document>".getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static byte[] odf(String mediaType) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("content.xml", "<office:document-content/>".getBytes());
        entries.put("styles.xml", "<office:document-styles/>".getBytes());
        entries.put("META-INF/manifest.xml", ("<manifest:manifest><manifest:file-entry manifest:full-path=\"/\" "
                + "manifest:media-type=\"" + mediaType + "\"/></manifest:manifest>").getBytes());
        return zip(entries, mediaType);
    }

    /** A ZIP as office suites write it; {@code mimetype}, when given, goes first and uncompressed (ODF). */
    private static byte[] zip(Map<String, byte[]> entries, String mimetype) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (mimetype != null) {
                byte[] content = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /**
     * An MS-CFB compound file with empty streams of the given names: the header, one allocation-table sector,
     * then the directory (root entry and the streams, chained through the table when it needs more sectors).
     */
    public static byte[] cfb(List<String> streams, int sectorShift) {
        int sectorSize = 1 << sectorShift;
        int perSector = sectorSize / 128;
        int directorySectors = (streams.size() + 1 + perSector - 1) / perSector;
        ByteBuffer file = ByteBuffer.allocate(sectorSize * (2 + directorySectors)).order(ByteOrder.LITTLE_ENDIAN);
        file.put(SampleFiles.hex("d0cf11e0a1b11ae1"));
        file.putShort(0x18, (short) 0x3E).putShort(0x1A, (short) (sectorShift == 9 ? 3 : 4));
        file.putShort(0x1C, (short) 0xFFFE).putShort(0x1E, (short) sectorShift).putShort(0x20, (short) 6);
        file.putInt(0x28, sectorShift == 9 ? 0 : directorySectors).putInt(0x2C, 1).putInt(0x30, 1);
        file.putInt(0x38, 4096).putInt(0x3C, -2).putInt(0x40, 0).putInt(0x44, -2).putInt(0x48, 0);
        for (int i = 0; i < 109; i++) {
            file.putInt(0x4C + 4 * i, i == 0 ? 0 : -1);
        }
        int fat = sectorSize; // sector 0
        for (int i = 0; i < sectorSize / 4; i++) {
            int next = i == 0 ? -3 : i <= directorySectors ? (i == directorySectors ? -2 : i + 1) : -1;
            file.putInt(fat + 4 * i, next);
        }
        int directory = 2 * sectorSize; // sector 1 onwards
        for (int i = 0; i <= streams.size(); i++) {
            int at = directory + 128 * i;
            String name = i == 0 ? "Root Entry" : streams.get(i - 1);
            for (int c = 0; c < name.length(); c++) {
                file.putChar(at + 2 * c, name.charAt(c));
            }
            file.putShort(at + 64, (short) ((name.length() + 1) * 2));
            file.put(at + 66, (byte) (i == 0 ? 5 : 2)).put(at + 67, (byte) 1);
            file.putInt(at + 68, -1).putInt(at + 72, i == 0 || i == streams.size() ? -1 : i + 1);
            file.putInt(at + 76, i == 0 ? 1 : -1);
            file.putInt(at + 116, -2).putInt(at + 120, 0);
        }
        return file.array();
    }
}
