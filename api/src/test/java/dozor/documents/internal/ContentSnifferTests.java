package dozor.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dozor.documents.SampleFiles;

class ContentSnifferTests {

    static Optional<DocumentType> sniff(byte[] bytes, String name) throws IOException {
        return ContentSniffer.sniff(SniffableContent.of(bytes), name);
    }

    static Object[][] accepted() {
        return new Object[][] {
                { "акт.pdf", SampleFiles.pdf(), DocumentType.PDF },
                { "photo.png", SampleFiles.image("png"), DocumentType.PNG },
                { "photo.jpg", SampleFiles.image("jpg"), DocumentType.JPEG },
                { "photo.gif", SampleFiles.image("gif"), DocumentType.GIF },
                { "scan.tiff", SampleFiles.image("tiff"), DocumentType.TIFF },
                { "photo.webp", SampleFiles.webp(), DocumentType.WEBP },
                { "IMG_0042.HEIC", SampleFiles.heic(), DocumentType.HEIC },
                { "акт.docx", SampleFiles.docx(), DocumentType.DOCX },
                { "склад.xlsx", SampleFiles.xlsx(), DocumentType.XLSX },
                { "отчёт.pptx", SampleFiles.pptx(), DocumentType.PPTX },
                { "договор.doc", SampleFiles.doc(), DocumentType.DOC },
                { "договор-2.doc", SampleFiles.docWithLongDirectory(), DocumentType.DOC },
                { "счёт.xls", SampleFiles.xls(), DocumentType.XLS },
                { "старый.xls", SampleFiles.xlsVersion4(), DocumentType.XLS },
                { "слайды.ppt", SampleFiles.ppt(), DocumentType.PPT },
                { "акт.odt", SampleFiles.odt(), DocumentType.ODT },
                { "таблица.ods", SampleFiles.ods(), DocumentType.ODS },
                { "слайды.odp", SampleFiles.odp(), DocumentType.ODP },
                { "заметка.txt", SampleFiles.text("Заменён жёсткий диск, архив восстановлен.\n"), DocumentType.TEXT },
                { "остатки.csv", SampleFiles.text("Артикул;Количество\nHDD-2TB;4\n"), DocumentType.CSV },
                { "ОСТАТКИ.CSV", SampleFiles.text("a,b\n1,2\n"), DocumentType.CSV },
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void recognisesEachAcceptedTypeFromItsBytes(String name, byte[] bytes, DocumentType expected) throws IOException {
        assertThat(sniff(bytes, name)).contains(expected);
        // The name plays no part (but for telling CSV from other text).
        if (expected != DocumentType.CSV) {
            assertThat(sniff(bytes, "file.bin")).contains(expected);
            assertThat(sniff(bytes, null)).contains(expected);
        }
    }

    static Object[][] refused() {
        byte[] textWithNul = SampleFiles.text("Артикул;Количество\n\0HDD;4\n");
        byte[] pdfLater = new byte[64];
        System.arraycopy(SampleFiles.pdf(), 0, pdfLater, 10, 40);
        byte[] truncatedZip = Arrays.copyOf(SampleFiles.docx(), 200);
        byte[] truncatedCfb = Arrays.copyOf(SampleFiles.doc(), 512);
        byte[] exeWithPdfName = SampleFiles.exe();
        return new Object[][] {
                { "empty.pdf", new byte[0] },
                { "invoice.pdf (a Windows executable)", exeWithPdfName },
                { "tool.pdf (a Linux executable)", SampleFiles.elf() },
                { "bitmap.bmp", SampleFiles.image("bmp") },
                { "video.mp4", SampleFiles.mp4() },
                { "image.avif", SampleFiles.avif() },
                { "archive.zip", SampleFiles.plainZip() },
                { "app.jar", SampleFiles.jar() },
                { "book.epub", SampleFiles.epub() },
                { "macro.docm renamed .docx", SampleFiles.docm() },
                { "setup.msi", SampleFiles.msi() },
                { "truncated.docx", truncatedZip },
                { "truncated.doc", truncatedCfb },
                { "text with NUL.csv", textWithNul },
                { "%PDF- not at the start", pdfLater },
                { "cp1251.csv", "Артикул;Количество".getBytes(Charset.forName("windows-1251")) },
                { "utf16.txt", "\uFEFFЗаметка".getBytes(StandardCharsets.UTF_16LE) },
                { "overlong.txt", new byte[] { 'a', (byte) 0xC0, (byte) 0xAF, 'b' } },
                { "surrogate.txt", new byte[] { 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80 } },
                { "png-signature-only.png", Arrays.copyOf(SampleFiles.image("png"), 4) },
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWhatIsNotAnAcceptedType(String name, byte[] bytes) throws IOException {
        assertThat(sniff(bytes, name)).isEmpty();
    }

    @Test
    void takesTheTypeFromTheBytesNotTheName() throws IOException {
        assertThat(sniff(SampleFiles.image("png"), "scan.pdf")).contains(DocumentType.PNG);
        assertThat(sniff(SampleFiles.pdf(), "photo.jpg")).contains(DocumentType.PDF);
        assertThat(sniff(SampleFiles.docx(), "table.xlsx")).contains(DocumentType.DOCX);
    }

    @Test
    void htmlOrScriptIsOnlyEverPlainText() throws IOException {
        byte[] html = SampleFiles.text("<!DOCTYPE html><html><script>alert(1)</script></html>");
        assertThat(sniff(html, "invoice.pdf")).contains(DocumentType.TEXT);
        assertThat(sniff(SampleFiles.text("#!/bin/sh\nrm -rf /\n"), "act.pdf")).contains(DocumentType.TEXT);
    }

    @Test
    void acceptsUtf8WithAByteOrderMarkAndCharactersAcrossReadBoundaries() throws IOException {
        assertThat(sniff(SampleFiles.text("\uFEFFНомер;Сумма\n1;10,50\n"), "счета.csv")).contains(DocumentType.CSV);
        // 8191 ASCII bytes, then two-byte letters: the first one straddles the reader's 8 KB buffer.
        byte[] text = SampleFiles.text("x".repeat(8191) + "ж".repeat(10_000));
        assertThat(sniff(text, "long.txt")).contains(DocumentType.TEXT);
    }

    @Test
    void aJpegNeedsAMarkerAfterItsStartOfImage() throws IOException {
        assertThat(sniff(SampleFiles.hex("ffd8ffe1001845786966"), "exif.jpg")).contains(DocumentType.JPEG);
        assertThat(sniff(SampleFiles.hex("ffd8ff00001845786966"), "fake.jpg")).isEmpty();
    }
}
